package vn.drugctl.hotspot.surveillance.domain;

import vn.drugctl.hotspot.arrest.domain.Texts;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Who a record watches: a person (a registry person when known, {@code personId}; otherwise name, birth year and
 * residence as written, which may be in another province) or a group (a chuyên án's ring: its name and a
 * description). {@code onlineAccount} is the platform and handle or group link when the subject acts on cyberspace.
 */
public record SurveillanceSubject(SubjectType type, String personId, String fullName, Integer birthYear,
                                  String residence, String groupName, String description, String onlineAccount) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    /** The subject's name as lists show it. */
    public String displayName() {
        return type == SubjectType.GROUP ? groupName : fullName != null ? fullName : personId;
    }

    static SurveillanceSubject checked(SurveillanceSubject s, LocalDate today) {
        if (s == null) {
            throw new InvalidSurveillanceData("subject", "is required");
        }
        if (s.type() == null) {
            throw new InvalidSurveillanceData("subject.type", "is required (PERSON or GROUP)");
        }
        String residence = Texts.line("subject.residence", s.residence(), 300);
        String description = Texts.note("subject.description", s.description(), 2000);
        String online = Texts.line("subject.onlineAccount", s.onlineAccount(), 300);
        if (s.type() == SubjectType.GROUP) {
            String group = Texts.required("subject.groupName", s.groupName(), 200);
            if (s.personId() != null || s.fullName() != null || s.birthYear() != null) {
                throw new InvalidSurveillanceData("subject.type", "a GROUP takes a groupName, not a person's "
                        + "personId, fullName or birthYear");
            }
            return new SurveillanceSubject(SubjectType.GROUP, null, null, null, residence, group, description, online);
        }
        String personId = s.personId() == null || s.personId().isBlank() ? null : s.personId().strip();
        if (personId != null && !ID.matcher(personId).matches()) {
            throw new InvalidSurveillanceData("subject.personId", "must be an id of letters, digits, '-' and '_'");
        }
        String name = Texts.line("subject.fullName", s.fullName(), 120);
        if (personId == null && name == null) {
            throw new InvalidSurveillanceData("subject.fullName", "is required when the subject is not a registry "
                    + "person (personId)");
        }
        if (s.birthYear() != null && (s.birthYear() < 1900 || s.birthYear() > today.getYear())) {
            throw new InvalidSurveillanceData("subject.birthYear", "must be between 1900 and " + today.getYear());
        }
        if (s.groupName() != null && !s.groupName().isBlank()) {
            throw new InvalidSurveillanceData("subject.groupName", "is only for a GROUP");
        }
        return new SurveillanceSubject(SubjectType.PERSON, personId, name, s.birthYear(), residence, null, description,
                online);
    }
}
