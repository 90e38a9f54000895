package vn.drugctl.hotspot.arrest.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What is known about an incident (vụ): when ({@code occurredAt}, ISO-8601 with its offset, e.g.
 * {@code 2026-11-20T21:30:00+07:00}, kept as text so the offset the officer gave is what is stored and sent), where,
 * the units involved (the capturing unit first, then the others), the suspects, the substances seized and the
 * other property seized, and a short summary.
 */
public record IncidentDetails(String occurredAt, IncidentPlace place, List<String> unitCodes, List<Suspect> suspects,
                              List<Seizure> seizures, SeizedProperty property, String summary) {
    public IncidentDetails {
        unitCodes = List.copyOf(unitCodes);
        suspects = List.copyOf(suspects);
        seizures = List.copyOf(seizures);
    }

    public OffsetDateTime occurredAtTime() {
        return OffsetDateTime.parse(occurredAt);
    }

    /** The business date: the day of {@code occurredAt} where it happened (in its own offset). */
    public LocalDate businessDate() {
        return occurredAtTime().toLocalDate();
    }

    public String capturingUnitCode() {
        return unitCodes.getFirst();
    }

    public Suspect suspect(String suspectId) {
        return suspects.stream().filter(s -> s.suspectId().equals(suspectId)).findFirst().orElse(null);
    }
}
