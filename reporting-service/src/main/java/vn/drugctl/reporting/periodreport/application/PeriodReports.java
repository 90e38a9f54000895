package vn.drugctl.reporting.periodreport.application;

import vn.drugctl.common.domain.InvalidField;
import vn.drugctl.common.domain.NotFound;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.Unit;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.reporting.ledger.application.Counters;
import vn.drugctl.reporting.hotspot.domain.HotspotMeasures;
import vn.drugctl.reporting.registry.domain.RegistryMeasures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Builds a unit's {@link PeriodReport} from the counters of its subtree (one read), for callers whose view contains
 * the unit. Age bands are by birth year: under 30 when {@code to}'s year minus the birth year is under 30.
 */
public class PeriodReports {
    public static final List<String> LISTS = List.of("ADDICT", "ILLEGAL_USER", "SUSPECTED_ADDICT", "SUSPECTED_USER",
            "POST_REHAB");
    public static final List<String> HOTSPOT_KINDS = List.of("COMPLEX_POINT", "CLUSTER", "RISK_POINT",
            "RETAIL_DEALER");
    public static final List<String> SURVEILLANCE_KINDS = List.of("SUU_TRA", "HIEM_NGHI", "HIEM_NGHI_CYBERSPACE",
            "CHUYEN_AN");
    /** The earliest date a report may start on. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final Counters counters;
    private final UnitCatalogue units;
    private final Supplier<LocalDate> today;

    public PeriodReports(Counters counters, UnitCatalogue units, Supplier<LocalDate> today) {
        this.counters = counters instanceof MergedUnitsCounters ? counters
                : new MergedUnitsCounters(counters, new UnitMerges(units));
        this.units = units;
        this.today = today;
    }

    /**
     * @throws NotFound                                       when the unit is not in the catalogue (404)
     * @throws vn.drugctl.common.tenancy.OutOfScopeException when the caller's view does not contain it (403)
     * @throws InvalidField                                   naming {@code from} or {@code to} for a bad period (400)
     */
    public PeriodReport report(String unitCode, LocalDate from, LocalDate to, TenantScope scope) {
        Unit unit = checked(unitCode, from, to, scope);
        Counters.Sums sums = counters.sum(unit.code(), from, to);
        Map<String, Long> upTo = new TreeMap<>(sums.before());
        sums.during().forEach((m, n) -> upTo.merge(m, n, Long::sum));

        List<PeriodReport.ListBalance> lists = new ArrayList<>();
        for (String list : LISTS) {
            Map<String, Map<String, Long>> breakdown = new LinkedHashMap<>();
            byPrefix(upTo, "L:" + list + ":by:").forEach((dimValue, n) -> {
                String[] dv = dimValue.split(":", 2);
                if (dv[0].equals(RegistryMeasures.BIRTH_YEAR)) {
                    String band = to.getYear() - Integer.parseInt(dv[1]) < 30 ? "UNDER_30" : "30_AND_OVER";
                    breakdown.computeIfAbsent("ageBand", k -> new TreeMap<>()).merge(band, n, Long::sum);
                } else {
                    breakdown.computeIfAbsent(dv[0], k -> new TreeMap<>()).merge(dv[1], n, Long::sum);
                }
            });
            lists.add(new PeriodReport.ListBalance(list, balance(sums, RegistryMeasures.stock(list)), breakdown));
        }
        List<PeriodReport.Move> moves = new ArrayList<>();
        byPrefix(sums.during(), "X:").forEach((fromTo, n) -> {
            String[] ft = fromTo.split(":", 2);
            moves.add(new PeriodReport.Move(ft[0], ft[1], n));
        });
        long tested = sums.during(RegistryMeasures.tests());
        long positive = sums.during(RegistryMeasures.positives());
        long peopleTested = byPrefix(sums.during(), RegistryMeasures.testsOf("")).values().stream()
                .filter(n -> n > 0).count();
        long peoplePositive = byPrefix(sums.during(), RegistryMeasures.positivesOf("")).values().stream()
                .filter(n -> n > 0).count();

        List<PeriodReport.HotspotBalance> hotspots = new ArrayList<>();
        for (String kind : HOTSPOT_KINDS) {
            PeriodReport.Balance licensed = balance(sums, HotspotMeasures.hotspots(kind, true));
            PeriodReport.Balance elsewhere = balance(sums, HotspotMeasures.hotspots(kind, false));
            hotspots.add(new PeriodReport.HotspotBalance(kind, licensed, elsewhere,
                    licensed.current() + elsewhere.current(),
                    upTo.getOrDefault(HotspotMeasures.hotspotsWatched(kind), 0L),
                    upTo.getOrDefault(HotspotMeasures.hotspotsCyberspace(kind), 0L)));
        }

        Map<String, String> grams = new TreeMap<>();
        sums.during().forEach((m, n) -> {
            if (m.startsWith("A:seized:") && m.endsWith(":mg") && n != 0) {
                grams.put(m.substring("A:seized:".length(), m.length() - ":mg".length()),
                        java.math.BigDecimal.valueOf(n, 3).toPlainString());
            }
        });
        PeriodReport.Arrests arrests = new PeriodReport.Arrests(sums.during(HotspotMeasures.incidents()),
                sums.during(HotspotMeasures.suspects()), byPrefix(sums.during(), "A:suspects:act:"),
                sums.during(HotspotMeasures.suspectsOtherProvince()), grams, sums.during(HotspotMeasures.money()),
                sums.during(HotspotMeasures.vehicles()), sums.during(HotspotMeasures.phones()),
                sums.during(HotspotMeasures.prosecutedIncidents()), sums.during(HotspotMeasures.prosecutedDefendants()),
                sums.during(HotspotMeasures.administrativeIncidents()));

        List<PeriodReport.SurveillanceBalance> surveillance = new ArrayList<>();
        for (String kind : SURVEILLANCE_KINDS) {
            String stock = HotspotMeasures.surveillance(kind);
            Map<String, PeriodReport.Balance> categories = new TreeMap<>();
            for (String category : List.of("DM1", "DM2", "DM3")) {
                PeriodReport.Balance b = balance(sums, HotspotMeasures.surveillanceCategory(kind, category));
                if (b.baseline() != 0 || b.added() != 0 || b.removed() != 0 || b.current() != 0) {
                    categories.put(category, b);
                }
            }
            surveillance.add(new PeriodReport.SurveillanceBalance(kind, balance(sums, stock), categories,
                    byPrefix(upTo, stock + ":by:system:"), byPrefix(upTo, stock + ":by:class:")));
        }

        return new PeriodReport(unit.code(), unit.name(), from, to, lists, moves,
                new PeriodReport.DrugTests(tested, positive, percent(positive, tested),
                        sums.during(RegistryMeasures.notTested()), peopleTested, peoplePositive,
                        percent(peoplePositive, peopleTested)),
                new PeriodReport.Sanctions(sums.during(RegistryMeasures.sanctionsIssued()),
                        byPrefix(sums.during(), "S:notIssued:")),
                byPrefix(sums.during(), "R:"), sums.during(RegistryMeasures.arrests()), hotspots, arrests,
                surveillance);
    }

    /**
     * The caller may read a unit's reports when its view contains the unit, or the unit the unit was merged into (a
     * merged unit's past reports stay readable to those who now hold its records).
     */
    public void requireView(Unit unit, TenantScope scope) {
        if (!scope.canView(unit) && !scope.canView(units.successor(unit.code()))) {
            scope.requireView(unit);
        }
    }

    /** The sums of a unit's report for {@code [from, to]}: its subtree's counters, merged units counted by their dates. */
    public Counters.Sums sums(String unitCode, LocalDate from, LocalDate to) {
        return counters.sum(unitCode, from, to);
    }

    /**
     * The stock of each list ({@link #LISTS}) at the end of each month of {@code [from, to]}, the last point at the
     * end of {@code to} itself (15/10–07/12: 31/10, 30/11, 07/12), for the same callers and periods as
     * {@link #report}. One counters read per month, each reading the days of its own month only.
     */
    public MonthlySeries monthEnds(String unitCode, LocalDate from, LocalDate to, TenantScope scope) {
        Unit unit = checked(unitCode, from, to, scope);
        List<LocalDate> ends = MonthlySeries.monthEnds(from, to);
        Map<String, List<Long>> stocks = new LinkedHashMap<>();
        LISTS.forEach(list -> stocks.put(list, new ArrayList<>(ends.size())));
        for (LocalDate end : ends) {
            Counters.Sums sums = counters.sum(unit.code(), end.withDayOfMonth(1), end);
            LISTS.forEach(list -> stocks.get(list).add(sums.upTo(RegistryMeasures.stock(list))));
        }
        return new MonthlySeries(ends, stocks);
    }

    /**
     * The unit, once the caller may read it and the period is valid.
     *
     * @throws NotFound                                       when the unit is not in the catalogue (404)
     * @throws vn.drugctl.common.tenancy.OutOfScopeException when the caller's view does not contain it (403)
     * @throws InvalidField                                   naming {@code from} or {@code to} for a bad period (400)
     */
    private Unit checked(String unitCode, LocalDate from, LocalDate to, TenantScope scope) {
        Unit unit = units.find(unitCode).orElseThrow(() -> new NotFound("Unit", "No unit " + unitCode
                + " in the unit catalogue"));
        requireView(unit, scope);
        if (from == null) {
            throw new InvalidField("from", "is required (yyyy-MM-dd)");
        }
        if (to == null) {
            throw new InvalidField("to", "is required (yyyy-MM-dd)");
        }
        if (from.isBefore(EARLIEST)) {
            throw new InvalidField("from", "must not be before " + EARLIEST);
        }
        if (to.isAfter(today.get())) {
            throw new InvalidField("to", "must not be in the future (today is " + today.get() + ")");
        }
        if (from.isAfter(to)) {
            throw new InvalidField("from", "must not be after to (" + to + ")");
        }
        return unit;
    }

    /** A stock's balance over the period: its value before it, its in- and out-flows in it by reason, its value after. */
    private static PeriodReport.Balance balance(Counters.Sums sums, String stock) {
        return PeriodReport.Balance.of(sums.before(stock), byPrefix(sums.during(), stock + ":in:"),
                byPrefix(sums.during(), stock + ":out:"), sums.upTo(stock));
    }

    private static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }

    private static Map<String, Long> byPrefix(Map<String, Long> measures, String prefix) {
        Map<String, Long> found = new TreeMap<>();
        measures.forEach((m, n) -> {
            if (m.startsWith(prefix) && n != 0) {
                found.merge(m.substring(prefix.length()), n, Long::sum);
            }
        });
        return found;
    }
}
