package vn.drugctl.registry.person.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where expiry runs and their progress are kept. A queued or running run names the instance that runs it and holds
 * a lease that instance keeps renewing; a run whose lease ran out has no one running it.
 */
public interface ExpiryRuns {
    /** Stores a new run ({@link ExpiryRun.Status#QUEUED}), run by {@code instanceId}, leased until the time. */
    void add(ExpiryRun queued, String instanceId, Instant leaseUntil);

    /** The ids of the queued or running runs. */
    List<String> active();

    /** Removes a run refused before it was queued. */
    void remove(String id);

    void running(String id, Instant leaseUntil);

    void progress(String id, int expired, int failedCount, List<String> failed, Instant leaseUntil);

    void finish(String id, ExpiryRun.Status status, Instant at, int expired, int failedCount, List<String> failed,
                String failure);

    Optional<ExpiryRun> find(String id);

    /** Extends the leases of the active runs of {@code instanceId}. */
    void renewLeases(String instanceId, Instant leaseUntil);

    /**
     * Marks {@link ExpiryRun.Status#FAILED} the active runs nobody runs any more: those whose lease ended before
     * {@code now}, and those of {@code previousRunOf} whatever their lease ({@code null} for none).
     *
     * @return how many were marked
     */
    int failAbandoned(Instant now, String previousRunOf);
}
