package vn.drugctl.registry.importing.application;

import vn.drugctl.registry.importing.domain.SurveyRowError;

import java.time.Instant;
import java.util.List;

/**
 * An upload of the annual survey and how far it got: the rows read out of the total, how many people were
 * registered, how many rows were already imported (unchanged), and the rejected rows with their line and reason.
 *
 * @param errors the first {@link SurveyImports#MAX_ERRORS} rejected rows; {@code errorCount} counts them all
 */
public record SurveyImport(String id, String unitCode, List<String> unitPath, String fileName, String uploadedBy,
                           Instant startedAt, Instant finishedAt, Status status, int rowsTotal, int rowsRead,
                           int imported, int unchanged, int errorCount, List<SurveyRowError> errors,
                           String failure) {
    public SurveyImport {
        errors = List.copyOf(errors);
    }

    public enum Status {
        RUNNING, DONE, FAILED, INTERRUPTED
    }
}
