package vn.drugctl.registry.arrest.application;

import java.time.LocalDate;
import java.util.List;

/**
 * An arrest of a registry person as hotspot-service reported it (its event {@code SuspectArrested}), in the terms
 * the registry keeps.
 *
 * @param sourceEventId the reporting event's id: the person records each one once
 * @param outcome       {@code PROSECUTED}, {@code ADMINISTRATIVE} or {@code PENDING}
 */
public record ArrestReport(String sourceEventId, String incidentId, String suspectId, String personId,
                           LocalDate businessDate, String arrestingUnitCode, List<String> acts, String outcome,
                           String caseNumber) {
    public ArrestReport {
        acts = acts == null ? null : List.copyOf(acts);
    }
}
