package vn.drugctl.reporting.reconciliation.application;

import vn.drugctl.reporting.reconciliation.domain.SourceCounts;

/** A service that owns records the projection is built from, and counts them itself. */
public interface Source {
    /** The service's name, as a difference and a 503 name it ({@code registry-service}, {@code hotspot-service}). */
    String name();

    /**
     * The service's own counts for the subtree of {@code unitCode}, asked with the caller's token (so the service
     * applies the caller's scope itself).
     *
     * @throws SourceUnavailable when the service cannot be reached in time or does not answer with its counts
     */
    SourceCounts counts(String unitCode, String bearerToken);
}
