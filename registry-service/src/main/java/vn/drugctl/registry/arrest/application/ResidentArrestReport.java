package vn.drugctl.registry.arrest.application;

import java.time.LocalDate;

/**
 * An arrest of a resident who is not a registry person, as hotspot-service reported it (its event
 * {@code ResidentArrested}), for the unit of the resident's area.
 *
 * @param sequence the reporting event's sequence within its incident: the latest one is the truth
 */
public record ResidentArrestReport(String incidentId, String suspectId, long sequence, String residenceUnitCode,
                                   String fullName, Integer birthYear, LocalDate businessDate,
                                   String arrestingUnitCode) {
}
