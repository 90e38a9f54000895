package vn.drugctl.registry.importing.application;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Set;

/**
 * Where an uploaded survey file waits for its import, under the import's id: saved whole before the import is
 * queued, read when it runs, deleted when it ends or is refused.
 */
public interface SurveyUploads {
    /** Saves the content; when this throws, nothing is left behind. */
    void save(String importId, InputStream content) throws IOException;

    InputStream open(String importId) throws IOException;

    /** Deletes the file if it is there; never throws (a failure is logged). */
    void delete(String importId);

    /**
     * Deletes the files left by imports that are not queued or running any more (a process that died while
     * importing), except those of {@code active} imports and files written after {@code writtenBefore}.
     *
     * @return how many were deleted
     */
    int deleteLeftovers(Set<String> active, Instant writtenBefore);
}
