package vn.drugctl.hotspot.arrest.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A suspect (đối tượng) of an incident: a registry person when known ({@code personId}), otherwise described by name,
 * birth date or birth year and residence. {@code suspectId} is the suspect's id within the incident (kept by
 * corrections, named by the outcome's defendants and by {@code SuspectArrested}).
 *
 * @param acts     what the suspect did, at least one, each once
 * @param actNote  what "other" means, required when {@link SuspectAct#OTHER} is among the acts
 */
public record Suspect(String suspectId, String personId, String fullName, LocalDate birthDate, Integer birthYear,
                      SuspectResidence residence, List<SuspectAct> acts, String actNote) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    public boolean isRegistryPerson() {
        return personId != null;
    }

    /** The suspect checked and normalised; a new suspect gets an id. */
    static Suspect checked(int index, Suspect s, LocalDate today) {
        String f = "suspects[" + index + "]";
        if (s == null) {
            throw new InvalidIncidentData(f, "is required");
        }
        String id = s.suspectId() == null || s.suspectId().isBlank() ? UUID.randomUUID().toString()
                : id(f + ".suspectId", s.suspectId());
        String personId = s.personId() == null || s.personId().isBlank() ? null : id(f + ".personId", s.personId());
        String name = Texts.line(f + ".fullName", s.fullName(), 120);
        if (personId == null && name == null) {
            throw new InvalidIncidentData(f + ".fullName", "is required when the suspect is not a registry person "
                    + "(personId)");
        }
        if (s.birthDate() != null && s.birthDate().isAfter(today)) {
            throw new InvalidIncidentData(f + ".birthDate", "must not be in the future (today is " + today + ")");
        }
        if (s.birthYear() != null && (s.birthYear() < 1900 || s.birthYear() > today.getYear())) {
            throw new InvalidIncidentData(f + ".birthYear", "must be between 1900 and " + today.getYear());
        }
        if (s.birthDate() != null && s.birthYear() != null && s.birthDate().getYear() != s.birthYear()) {
            throw new InvalidIncidentData(f + ".birthYear", "must be the year of birthDate " + s.birthDate());
        }
        Integer year = s.birthYear() != null ? s.birthYear() : s.birthDate() == null ? null : s.birthDate().getYear();
        if (s.acts() == null || s.acts().isEmpty()) {
            throw new InvalidIncidentData(f + ".acts", "must name at least one act");
        }
        if (s.acts().stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidIncidentData(f + ".acts", "must not contain an empty act");
        }
        Set<SuspectAct> acts = new LinkedHashSet<>(s.acts());
        if (acts.size() != s.acts().size()) {
            throw new InvalidIncidentData(f + ".acts", "must name each act once");
        }
        String note = Texts.line(f + ".actNote", s.actNote(), 300);
        if (acts.contains(SuspectAct.OTHER) && note == null) {
            throw new InvalidIncidentData(f + ".actNote", "must say what the OTHER act was");
        }
        return new Suspect(id, personId, name, s.birthDate(), year, SuspectResidence.checked(f + ".residence",
                s.residence()), List.copyOf(acts), note);
    }

    static String id(String field, String value) {
        String v = value.strip();
        if (!ID.matcher(v).matches()) {
            throw new InvalidIncidentData(field, "must be an id of letters, digits, '-' and '_' (at most 64)");
        }
        return v;
    }
}
