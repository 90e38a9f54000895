package vn.drugctl.registry.importing.domain;

import java.util.List;

/** Receives the rows of a review file as the parser reads them, one at a time. */
public interface SurveyRowVisitor {
    /** A row that passed every check. */
    void accepted(SurveyRow row);

    /**
     * A row with at least one error, all of them listed, each on the row's line. The header and unreadable input are
     * reported here too: errors on line 1 mean the file was refused and no rows follow.
     */
    void rejected(int line, List<SurveyRowError> errors);

    /**
     * Called every {@value SurveyCsvParser#PROGRESS_EVERY_ROWS} rows and at the end.
     *
     * @param rowsRead  rows read so far (not counting the header and blank rows)
     * @param inputRead bytes read from an {@link java.io.InputStream}, or characters from a {@link java.io.Reader}
     */
    default void progress(int rowsRead, long inputRead) {
    }
}
