package vn.drugctl.reporting.submission.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where submissions are kept; insert-only. */
public interface SubmissionStore {
    void add(Submission submission);

    Optional<Submission> find(String id);

    /** The unit's submissions, newest first ({@code from}/{@code to} {@code null}: any period). */
    List<Submission> of(String unitCode, LocalDate from, LocalDate to);
}
