package vn.drugctl.registry.importing.application;

import vn.drugctl.registry.importing.domain.SurveyRowError;

import java.time.Instant;
import java.util.List;

/**
 * An upload of the annual survey and how far it got: the rows read out of the total, how many people were
 * registered, how many rows were already imported (unchanged), and the rejected rows with their line and reason.
 *
 * @param startedAt     when the file was uploaded (the import is queued then)
 * @param errorCount    rows with at least one error
 * @param errors        the first errors found, at most {@link ImportingSurvey.Limits#maxErrorsKept()} of them
 * @param errorsOmitted how many more errors were found and not kept
 * @param failure       why the import stopped, when it is {@link Status#FAILED} or {@link Status#INTERRUPTED}
 */
public record SurveyImport(String id, String unitCode, List<String> unitPath, String fileName, String uploadedBy,
                           Instant startedAt, Instant finishedAt, Status status, int rowsTotal, int rowsRead,
                           int imported, int unchanged, int errorCount, List<SurveyRowError> errors,
                           int errorsOmitted, String failure) {
    public SurveyImport {
        errors = List.copyOf(errors);
    }

    public enum Status {
        /** Waiting for the import before it in this instance to end. */
        QUEUED,
        RUNNING,
        DONE,
        /** Stopped by an error: {@code failure} says which; the rows imported before it stay. */
        FAILED,
        /** The instance running it stopped (or lost its lease); the rows imported before it stay. */
        INTERRUPTED;

        /** Queued or running: holds one of its unit's places in the queue. */
        public boolean active() {
            return this == QUEUED || this == RUNNING;
        }
    }

    /** The counters of an import, as they are written while it runs. */
    public record Counts(int rowsRead, int imported, int unchanged, int errorCount, int errorsOmitted) {
    }
}
