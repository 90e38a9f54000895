package vn.drugctl.reporting.reconciliation.application;

/** A source service could not be reached in time, or did not answer with its counts (answered 503, naming it). */
public class SourceUnavailable extends RuntimeException {
    private final String source;

    public SourceUnavailable(String source, String reason, Throwable cause) {
        super(source + " did not answer with its counts: " + reason, cause);
        this.source = source;
    }

    public String source() {
        return source;
    }
}
