package vn.drugctl.reporting.periodreport.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A unit's report for {@code [from, to]}: every list's balance (baseline at the start of {@code from}, added and
 * removed during the period by reason, current at the end of {@code to}; {@code baseline + added - removed =
 * current} holds by construction), the current people of each list broken down, the moves between lists and the
 * period's drug tests, sanctions, rehab dossier stages and arrests of registry persons.
 */
public record PeriodReport(String unitCode, String unitName, LocalDate from, LocalDate to, List<ListBalance> lists,
                           List<Move> moves, DrugTests drugTests, Sanctions sanctions, Map<String, Long> rehabStages,
                           long arrestsOfRegistryPersons) {

    /**
     * @param breakdown per dimension ({@code ageBand}, {@code priorConviction}, {@code priorViolation},
     *                  {@code category}, {@code system}, {@code class}, {@code location}, {@code methadone},
     *                  {@code dossier}), the current people per value
     * @param balanced  {@code baseline + added - removed == current}: true by construction, shown so that a reader
     *                  (and a test) can see it
     */
    public record ListBalance(String list, long baseline, long added, Map<String, Long> addedByReason, long removed,
                              Map<String, Long> removedByReason, long current,
                              Map<String, Map<String, Long>> breakdown, boolean balanced) {
        public static ListBalance of(String list, long baseline, Map<String, Long> addedByReason,
                                     Map<String, Long> removedByReason, long current,
                                     Map<String, Map<String, Long>> breakdown) {
            long added = addedByReason.values().stream().mapToLong(Long::longValue).sum();
            long removed = removedByReason.values().stream().mapToLong(Long::longValue).sum();
            return new ListBalance(list, baseline, added, addedByReason, removed, removedByReason, current, breakdown,
                    baseline + added - removed == current);
        }
    }

    /** People moved from one list to another during the period (counted once as removed, once as added). */
    public record Move(String fromList, String toList, long people) {
    }

    /** Tests in the period: done (positive or negative), positive, the positive rate in percent; not tested. */
    public record DrugTests(long tested, long positive, Double positiveRatePercent, long notTested) {
    }

    public record Sanctions(long issued, Map<String, Long> notIssuedByReason) {
    }
}
