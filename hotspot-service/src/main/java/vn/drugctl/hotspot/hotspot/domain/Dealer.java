package vn.drugctl.hotspot.hotspot.domain;

import vn.drugctl.common.domain.InvalidField;

import java.time.LocalDate;

/**
 * The person a retail dealer point is: a registry person ({@code personId}) when known, else name, birth year and
 * residence (village and unit, which may lie in another province). Synthetic in tests and demo data, always.
 */
public record Dealer(String personId, String fullName, Integer birthYear, String residenceVillage,
                     String residenceUnitCode) {
    public static Dealer of(String personId, String fullName, Integer birthYear, String residenceVillage,
                            String residenceUnitCode, LocalDate today) {
        String id = personId == null || personId.isBlank() ? null : personId.strip();
        if (id != null && !id.matches("[A-Za-z0-9-]{1,64}")) {
            throw new InvalidField("dealer.personId", "must be a registry person id");
        }
        String name = fullName == null ? null : Texts.name("dealer.fullName", fullName);
        if (id == null) {
            if (name == null) {
                throw new InvalidField("dealer.fullName", "is required when the dealer is not a registry person");
            }
            if (birthYear == null) {
                throw new InvalidField("dealer.birthYear", "is required when the dealer is not a registry person");
            }
        }
        if (birthYear != null && (birthYear < 1900 || birthYear > today.getYear())) {
            throw new InvalidField("dealer.birthYear", "must be between 1900 and " + today.getYear());
        }
        String village = Texts.line("dealer.residenceVillage", residenceVillage, Texts.LINE_MAX);
        String unit = residenceUnitCode == null || residenceUnitCode.isBlank() ? null : residenceUnitCode.strip();
        if (id == null && village == null && unit == null) {
            throw new InvalidField("dealer.residenceVillage", "a residence (village or unit) is required when the "
                    + "dealer is not a registry person");
        }
        return new Dealer(id, name, birthYear, village, unit);
    }
}
