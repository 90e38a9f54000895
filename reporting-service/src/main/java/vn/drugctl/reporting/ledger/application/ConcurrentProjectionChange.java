package vn.drugctl.reporting.ledger.application;

/** Another writer changed what this projection step read; the step is to be run again. */
public class ConcurrentProjectionChange extends RuntimeException {
    public ConcurrentProjectionChange(String message) {
        super(message);
    }
}
