package vn.drugctl.hotspot.arrest.domain;

import java.time.LocalDate;

/** The incident's outcome was decided (prosecuted or sanctioned); {@code businessDate} is the decision's date. */
public record IncidentOutcomeRecorded(String incidentId, LocalDate businessDate, Outcome outcome, String note)
        implements IncidentEvent {
}
