package vn.drugctl.registry.arrest.application;

import vn.drugctl.common.tenancy.Unit;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.registry.notification.application.Notification;
import vn.drugctl.registry.notification.application.Notifications;
import vn.drugctl.registry.person.application.RegistryTime;

/**
 * Puts in the inbox of a resident's unit the arrests hotspot-service reports of people who are not registry persons
 * ({@code ResidentArrested}): a notice {@link Notification.Kind#ARREST_OF_RESIDENT} with the name, birth year, date
 * and arresting unit, nothing of the arrest's details.
 *
 * <p><b>Guarantees.</b> One notice per incident suspect (id {@code resident-<incidentId>-<suspectId>}): a report
 * delivered again, or an older one after a newer, changes nothing; a later one (a correction of the name or of the
 * residence unit) replaces it, so a notice sent to the wrong unit moves to the right one.
 *
 * <p><b>Failure modes.</b> A report with a missing or bad value, a unit not in the catalogue, the residence unit the
 * arresting unit itself or a date in the future is {@link InvalidArrestReport} (nothing is stored). A residence unit
 * of another province than the arresting unit's is not stored ({@link Outcome#OTHER_PROVINCE}: provinces exchange
 * through the exchange API).
 */
public class NotifyingResidentArrests {
    /** What became of a report. */
    public enum Outcome {
        NOTIFIED, ALREADY_NOTIFIED, OTHER_PROVINCE
    }

    private final Notifications notifications;
    private final UnitCatalogue units;
    private final RegistryTime time;

    public NotifyingResidentArrests(Notifications notifications, UnitCatalogue units, RegistryTime time) {
        this.notifications = notifications;
        this.units = units;
        this.time = time;
    }

    /** @throws InvalidArrestReport when the report cannot be taken as sent */
    public Outcome notify(ResidentArrestReport report) {
        String incidentId = text(report.incidentId(), "incidentId", 100);
        String suspectId = text(report.suspectId(), "suspectId", 100);
        String name = text(report.fullName(), "fullName", 120);
        Unit residence = unit(report.residenceUnitCode(), "residenceUnitCode");
        Unit arresting = unit(report.arrestingUnitCode(), "arrestingUnitCode");
        if (report.businessDate() == null) {
            throw new InvalidArrestReport("businessDate is required");
        }
        if (report.businessDate().isAfter(time.today())) {
            throw new InvalidArrestReport("businessDate " + report.businessDate() + " is in the future");
        }
        if (report.birthYear() != null && (report.birthYear() < 1900 || report.birthYear() > time.today().getYear())) {
            throw new InvalidArrestReport("birthYear " + report.birthYear() + " is not a plausible year");
        }
        if (residence.code().equals(arresting.code())) {
            throw new InvalidArrestReport("residenceUnitCode is the arresting unit " + arresting.code()
                    + ": there is no other unit to tell");
        }
        if (!residence.provinceCode().equals(arresting.provinceCode())) {
            return Outcome.OTHER_PROVINCE;
        }
        Notification notice = new Notification("resident-" + incidentId + "-" + suspectId, residence.code(),
                residence.path(), Notification.Kind.ARREST_OF_RESIDENT, null, arresting.code(),
                report.businessDate(), time.now(), name, report.birthYear());
        return notifications.store(notice, report.sequence()) ? Outcome.NOTIFIED : Outcome.ALREADY_NOTIFIED;
    }

    private Unit unit(String code, String name) {
        String c = text(code, name, 64);
        return units.find(c).orElseThrow(() -> new InvalidArrestReport(name + " " + c
                + " is not in the unit catalogue"));
    }

    private static String text(String value, String name, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidArrestReport(name + " is required");
        }
        String v = value.strip();
        if (v.length() > max || v.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidArrestReport(name + " must be at most " + max + " characters without control "
                    + "characters");
        }
        return v;
    }
}
