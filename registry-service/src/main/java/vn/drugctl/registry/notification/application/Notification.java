package vn.drugctl.registry.notification.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A notice to a unit: another unit arrested a person it manages, or a resident of its area. Says who, when and by
 * which unit, not the arrest's details: for a managed person those are in the person's record (whose reading is
 * audited), for a resident with the arresting unit.
 *
 * @param id                deterministic (the history entry or the incident suspect it tells of), so a notice is
 *                          stored once however often it is delivered
 * @param unitCode          the unit told: the one managing the person, or the one of the resident's area
 * @param unitPath          that unit's path, province first (the callers whose view contains it see the notice)
 * @param personId          the registry person, for {@link Kind#ARREST_OF_MANAGED_PERSON}; else {@code null}
 * @param arrestingUnitCode the unit that made the arrest
 * @param date              the business date of what happened
 * @param residentName      for {@link Kind#ARREST_OF_RESIDENT}, the name the arresting unit recorded
 * @param residentBirthYear for {@link Kind#ARREST_OF_RESIDENT}, the birth year when known
 */
public record Notification(String id, String unitCode, List<String> unitPath, Kind kind, String personId,
                           String arrestingUnitCode, LocalDate date, Instant createdAt, String residentName,
                           Integer residentBirthYear) {
    public Notification {
        unitPath = List.copyOf(unitPath);
    }

    public enum Kind {
        /** A unit other than the managing one arrested the person. */
        ARREST_OF_MANAGED_PERSON,
        /** Another unit arrested someone, not a registry person, who lives in this unit's area. */
        ARREST_OF_RESIDENT
    }
}
