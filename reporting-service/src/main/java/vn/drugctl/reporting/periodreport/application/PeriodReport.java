package vn.drugctl.reporting.periodreport.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A unit's report for {@code [from, to]} (DOMAIN.md "The periodic report"): every list's and every hotspot kind's
 * balance (baseline at the start of {@code from}, added and removed during the period by reason, current at the end
 * of {@code to}; {@code baseline + added - removed = current} holds by construction), the current people of each list
 * broken down, the moves between lists, the period's drug tests, sanctions, rehab dossier stages and arrests of
 * registry persons; the period's incidents (arrests, seizures, prosecutions) and the surveillance records' balances.
 */
public record PeriodReport(String unitCode, String unitName, LocalDate from, LocalDate to, List<ListBalance> lists,
                           List<Move> moves, DrugTests drugTests, Sanctions sanctions, Map<String, Long> rehabStages,
                           long arrestsOfRegistryPersons, List<HotspotBalance> hotspots, Arrests arrests,
                           List<SurveillanceBalance> surveillance) {

    /**
     * One stock over the period.
     *
     * @param balanced {@code baseline + added - removed == current}: true by construction, shown so that a reader (and
     *                 a test) can see it
     */
    public record Balance(long baseline, long added, Map<String, Long> addedByReason, long removed,
                          Map<String, Long> removedByReason, long current, boolean balanced) {
        public static Balance of(long baseline, Map<String, Long> addedByReason, Map<String, Long> removedByReason,
                                 long current) {
            long added = addedByReason.values().stream().mapToLong(Long::longValue).sum();
            long removed = removedByReason.values().stream().mapToLong(Long::longValue).sum();
            return new Balance(baseline, added, addedByReason, removed, removedByReason, current,
                    baseline + added - removed == current);
        }
    }

    /**
     * @param breakdown per dimension ({@code ageBand}, {@code priorConviction}, {@code priorViolation},
     *                  {@code category}, {@code system}, {@code class}, {@code location}, {@code methadone},
     *                  {@code dossier}), the current people per value
     */
    public record ListBalance(String list, Balance balance, Map<String, Map<String, Long>> breakdown) {
    }

    /** People moved from one list to another during the period (counted once as removed, once as added). */
    public record Move(String fromList, String toList, long people) {
    }

    /**
     * Tests in the period: done (positive or negative), positive, the positive rate in percent; not tested; and the
     * distinct people tested, found positive at least once, and their rate in percent (a person tested twice counts
     * once).
     */
    public record DrugTests(long tested, long positive, Double positiveRatePercent, long notTested, long peopleTested,
                            long peoplePositive, Double peoplePositiveRatePercent) {
    }

    public record Sanctions(long issued, Map<String, Long> notIssuedByReason) {
    }

    /**
     * Active points (on the list) of one kind: those in a business that needs a security licence (karaoke, bar, guest
     * house...) and those elsewhere, each balanced, and their sum; {@code watched}: neutralised or eradicated points
     * still watched for reactivation at {@code to}; {@code onCyberspace}: active points operating online at {@code to}.
     */
    public record HotspotBalance(String kind, Balance licensedBusiness, Balance elsewhere, long current,
                                 long watched, long onCyberspace) {
    }

    /**
     * The period's incidents of the unit's subtree (by the capturing unit): incidents, suspects (by act; of another
     * province), seizures in grams (exact, 3 decimals) by substance, money in đồng, vehicles and phones; prosecutions
     * and administrative sanctions by the date they were decided.
     */
    public record Arrests(long incidents, long suspects, Map<String, Long> suspectsByAct, long suspectsOfOtherProvinces,
                          Map<String, String> seizedGrams, long moneyVnd, long vehicles, long phones,
                          long prosecutedIncidents, long prosecutedDefendants, long administrativeIncidents) {
    }

    /** Open records of one kind (sưu tra, hiềm nghi...) and of each category DM1–DM3, with system and class at to. */
    public record SurveillanceBalance(String kind, Balance balance, Map<String, Balance> byCategory,
                                      Map<String, Long> bySystem, Map<String, Long> byClass) {
    }
}
