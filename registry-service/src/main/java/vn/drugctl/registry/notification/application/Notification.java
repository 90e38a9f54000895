package vn.drugctl.registry.notification.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A notice to a unit about a person it manages, stored in the same write as the change it tells of. Says what
 * happened and where, not the details: those are in the person's record, which reading is audited.
 *
 * @param id                deterministic (the history entry it tells of), so a notice is stored once however often
 *                          its write is delivered
 * @param unitCode          the unit told: the one managing the person
 * @param unitPath          that unit's path, province first (the callers whose view contains it see the notice)
 * @param arrestingUnitCode for {@link Kind#ARREST_OF_MANAGED_PERSON}, the unit that made the arrest
 * @param date              the business date of what happened
 */
public record Notification(String id, String unitCode, List<String> unitPath, Kind kind, String personId,
                           String arrestingUnitCode, LocalDate date, Instant createdAt) {
    public Notification {
        unitPath = List.copyOf(unitPath);
    }

    public enum Kind {
        /** A unit other than the managing one arrested the person. */
        ARREST_OF_MANAGED_PERSON
    }
}
