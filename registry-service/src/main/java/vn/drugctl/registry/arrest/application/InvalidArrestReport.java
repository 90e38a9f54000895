package vn.drugctl.registry.arrest.application;

/**
 * A report the registry cannot record as sent (a missing or malformed value, an unknown arresting unit, a date in
 * the future): sending it again cannot help, so it is parked, not retried.
 */
public class InvalidArrestReport extends RuntimeException {
    public InvalidArrestReport(String message) {
        super(message);
    }
}
