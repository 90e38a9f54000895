package vn.drugctl.reporting.submission.application;

import java.time.Instant;
import java.util.List;

/**
 * A submitted report against the live one: every number that differs, and every record whose change since the
 * submission moved a counter the report reads.
 */
public record SubmissionDiff(String submissionId, Instant submittedAt, List<NumberChange> numbers,
                             List<RecordChange> records) {

    /** A number of the report: its path, as submitted and as it is now ({@code null}: absent on that side). */
    public record NumberChange(String path, String submitted, String live) {
    }

    /**
     * A record (a person, a hotspot, an incident, a surveillance record) changed after the submission.
     *
     * @param at when the change was taken in
     */
    public record RecordChange(String kind, String recordId, Instant at, List<CounterChange> changes) {
    }

    /**
     * One counter the change moved: unit, business date, measure and amount; {@code part} says which numbers of the
     * report it reaches: {@code BEFORE_PERIOD} (baselines and currents) or {@code IN_PERIOD} (flows and currents).
     */
    public record CounterChange(String unitCode, String date, String measure, long amount, String part) {
    }
}
