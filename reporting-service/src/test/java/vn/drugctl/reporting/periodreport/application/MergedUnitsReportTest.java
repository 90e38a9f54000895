package vn.drugctl.reporting.periodreport.application;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.drugctl.common.tenancy.OutOfScopeException;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.TenantScopes;
import vn.drugctl.common.tenancy.Unit;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.common.tenancy.UnitCatalogueLoader;
import vn.drugctl.reporting.ledger.application.Counters;
import vn.drugctl.reporting.ledger.domain.LedgerKey;
import vn.drugctl.reporting.registry.domain.RegistryMeasures;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Roll-ups and merges on a generated province (three districts of five communes and four communes directly under the
 * province, the two shapes of DOMAIN.md) with random people entering and leaving the lists on random days, some of
 * them still recorded under a merged unit's code after its merge (nothing re-homes events). For random periods: every
 * balance holds; a district's report is the sum of its communes', the province's the sum of its districts' and
 * direct communes' (reason by reason); a merged unit keeps its past reports; the unit it was merged into counts the
 * merged unit's people from the merge date, brought in as {@code MERGED_IN}.
 */
class MergedUnitsReportTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final String PROVINCE = "GP";
    static final List<String> LISTS = List.of("ADDICT", "ILLEGAL_USER", "SUSPECTED_USER");

    /** Within a district, across districts, a chain of two merges, and between two communes under the province. */
    static final Map<String, String[]> MERGES = Map.of(
            "GP-D1-C1", new String[]{"2025-06-30", "GP-D1-C2"},
            "GP-D2-C3", new String[]{"2025-03-31", "GP-D3-C1"},
            "GP-D1-C5", new String[]{"2025-02-28", "GP-D1-C4"},
            "GP-D1-C4", new String[]{"2025-08-31", "GP-D2-C1"},
            "GP-C4", new String[]{"2025-09-30", "GP-C3"});

    static UnitCatalogue merged;
    static UnitCatalogue unmerged;
    static MemoryCounters counters;

    static String catalogue(boolean withMerges) {
        StringBuilder csv = new StringBuilder(UnitCatalogueLoader.HEADER).append('\n');
        csv.append("GP;Tỉnh Mẫu;PROVINCE;;1997-01-01;;\n");
        for (int d = 1; d <= 3; d++) {
            csv.append("GP-D").append(d).append(";Huyện Mẫu ").append(d).append(";DISTRICT;GP;1997-01-01;;\n");
            for (int c = 1; c <= 5; c++) {
                line(csv, "GP-D" + d + "-C" + c, "GP-D" + d, withMerges);
            }
        }
        for (int c = 1; c <= 4; c++) {
            line(csv, "GP-C" + c, "GP", withMerges);
        }
        return csv.toString();
    }

    static void line(StringBuilder csv, String code, String parent, boolean withMerges) {
        String[] merge = MERGES.get(code);
        csv.append(code).append(";Xã ").append(code).append(";COMMUNE;").append(parent).append(";1997-01-01;");
        csv.append(withMerges && merge != null ? merge[0] + ";" + merge[1] : ";").append('\n');
    }

    static UnitCatalogue load(String csv) {
        return UnitCatalogueLoader.load(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test");
    }

    /** Counters in memory: amounts per (unit, day, measure), summed by subtree or by exact units. */
    static final class MemoryCounters implements Counters {
        final Map<LedgerKey, Long> amounts = new TreeMap<>();
        UnitCatalogue units;

        void add(String unit, LocalDate date, String measure, long n) {
            amounts.merge(new LedgerKey(unit, date, measure), n, Long::sum);
        }

        @Override
        public void apply(List<Delta> deltas) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Sums sum(String unitCode, LocalDate from, LocalDate to) {
            Unit root = units.require(unitCode);
            return sum(u -> root.contains(units.require(u)), from, to);
        }

        @Override
        public Map<String, Long> totalsByUnit(String unitCode, String measure) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Sums sumOf(Collection<String> unitCodes, LocalDate from, LocalDate to) {
            return sum(unitCodes::contains, from, to);
        }

        private Sums sum(java.util.function.Predicate<String> unit, LocalDate from, LocalDate to) {
            Map<String, Long> before = new HashMap<>();
            Map<String, Long> during = new HashMap<>();
            amounts.forEach((k, n) -> {
                if (unit.test(k.unitCode()) && !k.date().isAfter(to)) {
                    (k.date().isBefore(from) ? before : during).merge(k.measure(), n, Long::sum);
                }
            });
            return new Sums(before, during);
        }
    }

    @BeforeAll
    static void generate() {
        merged = load(catalogue(true));
        unmerged = load(catalogue(false));
        counters = new MemoryCounters();
        Random random = new Random(20250701);
        List<Unit> communes = merged.all().stream().filter(u -> u.level().name().equals("COMMUNE")).toList();
        for (int person = 0; person < 3000; person++) {
            Unit unit = communes.get(random.nextInt(communes.size()));
            LocalDate entered = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1400));
            String list = LISTS.get(random.nextInt(LISTS.size()));
            int birthYear = 1960 + random.nextInt(48);
            counters.add(unit.code(), entered, RegistryMeasures.stock(list), 1);
            counters.add(unit.code(), entered, RegistryMeasures.added(list, "NEWLY_FOUND_BY_REVIEW"), 1);
            counters.add(unit.code(), entered, RegistryMeasures.by(list, RegistryMeasures.BIRTH_YEAR,
                    String.valueOf(birthYear)), 1);
            if (random.nextInt(3) == 0) {
                LocalDate left = entered.plusDays(1 + random.nextInt(500));
                counters.add(unit.code(), left, RegistryMeasures.stock(list), -1);
                counters.add(unit.code(), left, RegistryMeasures.removed(list, "DIED"), 1);
                counters.add(unit.code(), left, RegistryMeasures.by(list, RegistryMeasures.BIRTH_YEAR,
                        String.valueOf(birthYear)), -1);
            }
            if (random.nextInt(2) == 0) {
                counters.add(unit.code(), entered.plusDays(random.nextInt(60)), RegistryMeasures.tests(), 1);
            }
        }
    }

    static PeriodReports reports(UnitCatalogue units) {
        counters.units = units;
        return new PeriodReports(counters, units, () -> TODAY);
    }

    static TenantScope analyst(UnitCatalogue units) {
        return new TenantScopes(units).fromClaims("s", "analyst", PROVINCE, List.of("PROVINCE_ANALYST"));
    }

    static PeriodReport report(UnitCatalogue units, String unit, LocalDate from, LocalDate to) {
        return reports(units).report(unit, from, to, analyst(units));
    }

    /** Every number of the lists' balances and the drug tests, by reason, as one map (for sums of reports). */
    static Map<String, Long> numbers(PeriodReport report) {
        Map<String, Long> n = new TreeMap<>();
        for (PeriodReport.ListBalance l : report.lists()) {
            PeriodReport.Balance b = l.balance();
            assertThat(b.balanced()).as(report.unitCode() + " " + l.list()).isTrue();
            n.put(l.list() + ":baseline", b.baseline());
            n.put(l.list() + ":current", b.current());
            b.addedByReason().forEach((r, v) -> n.merge(l.list() + ":in:" + r, v, Long::sum));
            b.removedByReason().forEach((r, v) -> n.merge(l.list() + ":out:" + r, v, Long::sum));
            l.breakdown().getOrDefault("ageBand", Map.of()).forEach((band, v) -> n.put(l.list() + ":" + band, v));
        }
        n.put("tested", report.drugTests().tested());
        n.values().removeIf(v -> v == 0);
        return n;
    }

    static Map<String, Long> sum(List<Map<String, Long>> parts) {
        Map<String, Long> total = new TreeMap<>();
        parts.forEach(p -> p.forEach((k, v) -> total.merge(k, v, Long::sum)));
        total.values().removeIf(v -> v == 0);
        return total;
    }

    static List<LocalDate[]> periods() {
        Random random = new Random(7);
        List<LocalDate[]> periods = new ArrayList<>();
        // periods around each merge date, and random ones
        for (String[] merge : MERGES.values()) {
            LocalDate day = LocalDate.parse(merge[0]).plusDays(1);
            periods.add(new LocalDate[]{day.minusDays(45), day.plusDays(45)});
            periods.add(new LocalDate[]{day, day.plusDays(30)});
            periods.add(new LocalDate[]{day.minusDays(30), day.minusDays(1)});
        }
        for (int i = 0; i < 12; i++) {
            LocalDate from = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1300));
            LocalDate to = from.plusDays(random.nextInt(500));
            periods.add(new LocalDate[]{from, to.isAfter(TODAY) ? TODAY : to});
        }
        return periods;
    }

    @Test
    void aRollUpIsTheSumOfItsUnitsReasonByReasonWithAndWithoutMerges() {
        for (UnitCatalogue units : List.of(merged, unmerged)) {
            for (LocalDate[] p : periods()) {
                for (String parent : List.of("GP-D1", "GP-D2", "GP-D3", "GP")) {
                    List<Map<String, Long>> parts = units.children(parent).stream()
                            .map(u -> numbers(report(units, u.code(), p[0], p[1]))).toList();
                    assertThat(numbers(report(units, parent, p[0], p[1])))
                            .as("%s for %s..%s", parent, p[0], p[1]).isEqualTo(sum(parts));
                }
            }
        }
    }

    @Test
    void aMergedUnitKeepsItsPastReports() {
        for (Map.Entry<String, String[]> merge : MERGES.entrySet()) {
            // up to its last day, or to the day before another unit merged into it (then it holds that one's too)
            LocalDate lastDay = LocalDate.parse(merge.getValue()[0]);
            for (String[] other : MERGES.values()) {
                if (other[1].equals(merge.getKey()) && !LocalDate.parse(other[0]).isAfter(lastDay)) {
                    lastDay = LocalDate.parse(other[0]);
                }
            }
            for (LocalDate[] p : List.of(new LocalDate[]{lastDay.minusDays(90), lastDay},
                    new LocalDate[]{LocalDate.of(2023, 1, 1), lastDay.minusDays(10)})) {
                assertThat(numbers(report(merged, merge.getKey(), p[0], p[1])))
                        .isEqualTo(numbers(report(unmerged, merge.getKey(), p[0], p[1])));
            }
        }
    }

    @Test
    void theUnitMergedIntoCountsTheMergedUnitsPeopleFromTheMergeDate() {
        String old = "GP-D2-C3";
        String into = "GP-D3-C1";
        LocalDate mergeDay = LocalDate.of(2025, 4, 1);
        for (String list : LISTS) {
            // a period across the merge: the merged unit's people on the eve come in as MERGED_IN
            LocalDate from = mergeDay.minusDays(20);
            LocalDate to = mergeDay.plusDays(40);
            PeriodReport.Balance intoBalance = balance(report(merged, into, from, to), list);
            long onTheEve = balance(report(unmerged, old, from, mergeDay.minusDays(1)), list).current();
            assertThat(intoBalance.addedByReason().getOrDefault(MergedUnitsCounters.MERGED_IN, 0L)).isEqualTo(onTheEve);
            assertThat(intoBalance.baseline()).isEqualTo(balance(report(unmerged, into, from, to), list).baseline());
            assertThat(intoBalance.current()).isEqualTo(balance(report(unmerged, into, from, to), list).current()
                    + balance(report(unmerged, old, from, to), list).current());
            // and the merged unit's report across it shows them leaving, for MERGED_OUT, and nobody after
            PeriodReport.Balance oldBalance = balance(report(merged, old, from, to), list);
            assertThat(oldBalance.removedByReason().getOrDefault(MergedUnitsCounters.MERGED_OUT, 0L))
                    .isEqualTo(onTheEve);
            assertThat(oldBalance.current()).isZero();
            // a period after the merge: the two units' numbers together, nothing merged in
            PeriodReport.Balance after = balance(report(merged, into, mergeDay.plusDays(10), TODAY), list);
            assertThat(after.baseline()).isEqualTo(
                    balance(report(unmerged, into, mergeDay.plusDays(10), TODAY), list).baseline()
                            + balance(report(unmerged, old, mergeDay.plusDays(10), TODAY), list).baseline());
            assertThat(after.addedByReason()).doesNotContainKey(MergedUnitsCounters.MERGED_IN);
        }
        assertThat(balance(report(merged, old, mergeDay.minusDays(20), mergeDay.plusDays(40)), "ADDICT")
                .removed()).isPositive();
    }

    @Test
    void aChainOfMergesCountsAtEachHolderInTurn() {
        // C5 → C4 on 2025-03-01, C4 → GP-D2-C1 on 2025-09-01: C5's people are C4's from March, GP-D2-C1's from September
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        for (String list : LISTS) {
            PeriodReport.Balance c4 = balance(report(merged, "GP-D1-C4", from, to), list);
            assertThat(c4.current()).isZero();
            long c5OnEve = balance(report(unmerged, "GP-D1-C5", from, LocalDate.of(2025, 2, 28)), list).current();
            assertThat(c4.addedByReason().getOrDefault(MergedUnitsCounters.MERGED_IN, 0L)).isEqualTo(c5OnEve);
            PeriodReport.Balance target = balance(report(merged, "GP-D2-C1", from, to), list);
            assertThat(target.current()).isEqualTo(balance(report(unmerged, "GP-D2-C1", from, to), list).current()
                    + balance(report(unmerged, "GP-D1-C4", from, to), list).current()
                    + balance(report(unmerged, "GP-D1-C5", from, to), list).current());
        }
    }

    @Test
    void theSuccessorsOfficersReadTheMergedUnitsPastReportsOthersDoNot() {
        PeriodReports reports = reports(merged);
        TenantScope successor = new TenantScopes(merged).fromClaims("s", "o", "GP-D3-C1", List.of("COMMUNE_OFFICER"));
        TenantScope other = new TenantScopes(merged).fromClaims("s", "o", "GP-D3-C2", List.of("COMMUNE_OFFICER"));
        LocalDate from = LocalDate.of(2024, 1, 1);
        LocalDate to = LocalDate.of(2024, 12, 31);
        assertThat(reports.report("GP-D2-C3", from, to, successor).lists()).hasSize(PeriodReports.LISTS.size());
        assertThatThrownBy(() -> reports.report("GP-D2-C3", from, to, other)).isInstanceOf(OutOfScopeException.class);
    }

    static PeriodReport.Balance balance(PeriodReport report, String list) {
        return report.lists().stream().filter(l -> l.list().equals(list)).findFirst().orElseThrow().balance();
    }
}
