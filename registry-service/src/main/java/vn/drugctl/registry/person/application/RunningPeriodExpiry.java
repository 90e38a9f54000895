package vn.drugctl.registry.person.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.drugctl.common.domain.Conflict;
import vn.drugctl.common.domain.InvalidField;
import vn.drugctl.common.events.Actor;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs the management-period expiry in the background as an {@link ExpiryRun} to poll, so that a run over a large
 * registry does not hold an HTTP request (the gateway gives up after 10 s) and its outcome stays readable.
 * <p>
 * Guarantees: the run records who started it, and every change it makes is made in that actor's name (the
 * administrator, or the system process for the nightly run and the run at start-up). One run at a time across the
 * service's instances: the new run is stored, then the active runs are counted, and it is removed again if another
 * one is active ({@link RunInProgress}, nothing stored), so two racing starts may both be refused, never both run.
 * A run never stays running: any failure ends it {@link ExpiryRun.Status#FAILED} with the reason; if even that write
 * fails or the process dies, its lease runs out and {@link ExpiryRuns#failAbandoned} marks it. The people ended
 * before a failure stay ended; running again for the date ends only what is still due.
 */
public class RunningPeriodExpiry {
    public static final int MAX_ACTIVE = 1;
    public static final int MAX_FAILED_KEPT = 100;
    private static final Logger log = LoggerFactory.getLogger(RunningPeriodExpiry.class);

    /** Another run is queued or running; its id is in {@code activeRuns}. */
    public static class RunInProgress extends Conflict {
        RunInProgress(List<String> active) {
            super("expiry-run-in-progress", "another expiry run is queued or running; wait until it has ended "
                    + "(poll it) and start again if its date was not the one you need");
            with("activeRuns", active.stream().map(RunningPeriodExpiry::location).toList());
        }
    }

    private final ExpiringManagementPeriods expiring;
    private final ExpiryRuns runs;
    private final RegistryTime time;
    private final Executor executor;
    private final String instanceId;
    private final Duration lease;

    public RunningPeriodExpiry(ExpiringManagementPeriods expiring, ExpiryRuns runs, RegistryTime time,
                               Executor executor, String instanceId, Duration lease) {
        this.expiring = expiring;
        this.runs = runs;
        this.time = time;
        this.executor = executor;
        this.instanceId = instanceId;
        this.lease = lease;
    }

    /** Where a run is read. */
    public static String location(String runId) {
        return "/api/registry/management-periods/expiry-runs/" + runId;
    }

    /**
     * Queues a run for {@code date}.
     *
     * @throws InvalidField  on {@code date} when it is in the future
     * @throws RunInProgress when another run is queued or running
     */
    public ExpiryRun start(LocalDate date, Actor startedBy, ExpiryRun.Trigger trigger) {
        expiring.requireNotInFuture(date);
        ExpiryRun run = new ExpiryRun(UUID.randomUUID().toString(), date, ExpiryRun.Status.QUEUED, trigger, startedBy,
                time.now(), null, 0, 0, List.of(), null);
        runs.add(run, instanceId, leaseUntil());
        boolean queued = false;
        try {
            List<String> active = runs.active();
            if (active.size() > MAX_ACTIVE) {
                throw new RunInProgress(active.stream().filter(id -> !id.equals(run.id())).toList());
            }
            try {
                executor.execute(() -> execute(run));
            } catch (RejectedExecutionException e) {
                throw new RunInProgress(List.of());
            }
            queued = true;
            return run;
        } finally {
            if (!queued) {
                try {
                    runs.remove(run.id());
                } catch (RuntimeException e) {
                    log.warn("Could not remove the refused expiry run {}; it fails when its lease ends", run.id(), e);
                }
            }
        }
    }

    public Optional<ExpiryRun> find(String id) {
        return runs.find(id);
    }

    private void execute(ExpiryRun run) {
        Tally tally = new Tally();
        ExpiryRun.Status status;
        String failure = null;
        try {
            runs.running(run.id(), leaseUntil());
            ExpiringManagementPeriods.Outcome outcome = expiring.run(run.date(), run.startedBy(), (expired, failed) -> {
                tally.expired = expired;
                tally.failed = failed;
                runs.progress(run.id(), expired, failed.size(), kept(failed), leaseUntil());
            });
            tally.expired = outcome.expired();
            tally.failed = outcome.failed();
            status = ExpiryRun.Status.DONE;
        } catch (Throwable e) {
            log.error("Expiry run {} for {} failed after {} expired", run.id(), run.date(), tally.expired, e);
            status = ExpiryRun.Status.FAILED;
            failure = "internal error (" + e.getClass().getSimpleName() + ") after " + tally.expired + " period(s) "
                    + "ended; they stay ended: start a run again to end the rest";
        }
        try {
            runs.finish(run.id(), status, time.now(), tally.expired, tally.failed.size(), kept(tally.failed), failure);
        } catch (RuntimeException e) {
            log.error("Could not record the end ({}) of expiry run {}; it is marked FAILED when its lease ends",
                    status, run.id(), e);
        }
    }

    /** How far a run got, as last reported. */
    private static final class Tally {
        private int expired;
        private List<String> failed = List.of();
    }

    private static List<String> kept(List<String> failed) {
        return failed.size() <= MAX_FAILED_KEPT ? failed : failed.subList(0, MAX_FAILED_KEPT);
    }

    private Instant leaseUntil() {
        return time.now().plus(lease);
    }
}
