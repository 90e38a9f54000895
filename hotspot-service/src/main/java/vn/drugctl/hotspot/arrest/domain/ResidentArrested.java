package vn.drugctl.hotspot.arrest.domain;

import java.time.LocalDate;

/**
 * A suspect who is not a registry person, living in the area of another unit of the province
 * ({@code residenceUnitCode}), was arrested: registry-service tells that unit (a notification in its inbox) so it
 * can act on its resident, with who, when and by which unit, but none of the arrest's details (acts, seizures,
 * outcome, case: those the residence unit asks the capturing unit for). One per such suspect in the write that
 * records the incident, and again in a write that changes what it says (the suspect's name, birth year or residence
 * unit); the latest by sequence is the truth for {@code (incidentId, suspectId)}.
 * None when the residence unit is the capturing unit.
 */
public record ResidentArrested(String incidentId, String suspectId, String residenceUnitCode, String fullName,
                               Integer birthYear, LocalDate businessDate, String arrestingUnitCode)
        implements IncidentEvent {
}
