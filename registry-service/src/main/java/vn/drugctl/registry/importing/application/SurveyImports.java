package vn.drugctl.registry.importing.application;

import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.registry.importing.domain.SurveyRowError;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where survey imports and their progress are kept. Each queued or running import names the instance that runs it
 * and holds a lease that instance keeps renewing; an import whose lease ran out has no one running it.
 */
public interface SurveyImports {
    /** Stores a new import ({@link SurveyImport.Status#QUEUED}), run by {@code instanceId}, leased until the time. */
    void add(SurveyImport queued, String instanceId, Instant leaseUntil);

    /** The ids of the unit's queued or running imports. */
    List<String> active(String unitCode);

    /** The ids of all queued or running imports, of every unit and instance. */
    Set<String> allActive();

    /** Removes an import refused before it was queued (nothing is left of it). */
    void remove(String id);

    /** The queued import starts running. */
    void running(String id, Instant leaseUntil);

    /** Records progress: the counters, and the new errors appended to those kept. */
    void progress(String id, SurveyImport.Counts counts, List<SurveyRowError> newErrors, Instant leaseUntil);

    /** The import ended: its final status, counters and, unless done, the reason. */
    void finish(String id, SurveyImport.Status status, Instant at, String failure, SurveyImport.Counts counts);

    Optional<SurveyImport> find(String id, TenantScope scope);

    /** Extends the leases of the active imports run by {@code instanceId}. */
    void renewLeases(String instanceId, Instant leaseUntil);

    /**
     * Marks {@link SurveyImport.Status#INTERRUPTED} the active imports nobody runs any more: those whose lease ended
     * before {@code now}, and those of {@code previousRunOf} whatever their lease (an instance starting again under
     * the same id; {@code null} for none).
     *
     * @return how many were marked
     */
    int interruptAbandoned(Instant now, String previousRunOf);
}
