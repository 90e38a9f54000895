package vn.drugctl.hotspot.hotspot.domain;

import vn.drugctl.common.domain.InvalidField;

import java.time.LocalDate;

/** Someone involved in a point (owner, user, lookout...): name, birth year when known, their part. Synthetic in tests. */
public record PersonInvolved(String fullName, Integer birthYear, String role) {
    public static PersonInvolved of(String field, String fullName, Integer birthYear, String role, LocalDate today) {
        String name = Texts.name(field + ".fullName", fullName);
        if (birthYear != null && (birthYear < 1900 || birthYear > today.getYear())) {
            throw new InvalidField(field + ".birthYear", "must be between 1900 and " + today.getYear());
        }
        return new PersonInvolved(name, birthYear, Texts.line(field + ".role", role, 100));
    }
}
