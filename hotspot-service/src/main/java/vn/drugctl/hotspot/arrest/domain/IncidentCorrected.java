package vn.drugctl.hotspot.arrest.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The incident's details were wrong: this event gives them as they should have been recorded ({@code details},
 * complete) and names the fields that differ; history is never edited. {@code businessDate} is the day of the
 * correction.
 */
public record IncidentCorrected(String incidentId, LocalDate businessDate, IncidentDetails details,
                                List<String> changedFields, String note) implements IncidentEvent {
    public IncidentCorrected {
        changedFields = List.copyOf(changedFields);
    }
}
