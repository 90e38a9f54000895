package vn.drugctl.registry.person.application;

import vn.drugctl.common.events.Actor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One run of the management-period expiry and how far it got, to poll while it runs.
 *
 * @param date        periods over on this date are ended
 * @param startedBy   the administrator who asked for it (subject, user name, unit), or the system process for the
 *                    nightly run and the run at start-up; every change of the run is made in this actor's name
 * @param startedAt   when it was asked for (it is queued then)
 * @param expired     periods ended so far
 * @param failedCount people whose period could not be ended
 * @param failed      the ids of the first {@link RunningPeriodExpiry#MAX_FAILED_KEPT} of them
 * @param failure     why the run stopped, when {@link Status#FAILED}
 */
public record ExpiryRun(String id, LocalDate date, Status status, Trigger trigger, Actor startedBy,
                        Instant startedAt, Instant finishedAt, int expired, int failedCount, List<String> failed,
                        String failure) {
    public ExpiryRun {
        failed = failed == null ? List.of() : List.copyOf(failed);
    }

    public enum Status {
        QUEUED, RUNNING, DONE, FAILED;

        public boolean active() {
            return this == QUEUED || this == RUNNING;
        }
    }

    /** Who asked for the run. */
    public enum Trigger {
        /** An administrator through the API. */
        ADMIN,
        /** The nightly schedule. */
        NIGHTLY,
        /** The service's start, in case it was down at night. */
        START_UP
    }
}
