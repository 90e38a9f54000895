package vn.drugctl.reporting.periodreport.application;

import vn.drugctl.common.domain.InvalidField;
import vn.drugctl.common.domain.NotFound;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.Unit;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.reporting.ledger.application.Counters;
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
    /** The earliest date a report may start on. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final Counters counters;
    private final UnitCatalogue units;
    private final Supplier<LocalDate> today;

    public PeriodReports(Counters counters, UnitCatalogue units, Supplier<LocalDate> today) {
        this.counters = counters;
        this.units = units;
        this.today = today;
    }

    /**
     * @throws NotFound                                       when the unit is not in the catalogue (404)
     * @throws vn.drugctl.common.tenancy.OutOfScopeException when the caller's view does not contain it (403)
     * @throws InvalidField                                   naming {@code from} or {@code to} for a bad period (400)
     */
    public PeriodReport report(String unitCode, LocalDate from, LocalDate to, TenantScope scope) {
        Unit unit = units.find(unitCode).orElseThrow(() -> new NotFound("Unit", "No unit " + unitCode
                + " in the unit catalogue"));
        scope.requireView(unit);
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
        Counters.Sums sums = counters.sum(unit.code(), from, to);

        List<PeriodReport.ListBalance> lists = new ArrayList<>();
        for (String list : LISTS) {
            Map<String, Long> in = byPrefix(sums.during(), "L:" + list + ":in:");
            Map<String, Long> out = byPrefix(sums.during(), "L:" + list + ":out:");
            Map<String, Map<String, Long>> breakdown = new LinkedHashMap<>();
            String by = "L:" + list + ":by:";
            Map<String, Long> current = new TreeMap<>();
            sums.before().forEach((m, n) -> current.merge(m, n, Long::sum));
            sums.during().forEach((m, n) -> current.merge(m, n, Long::sum));
            current.forEach((measure, n) -> {
                if (!measure.startsWith(by) || n == 0) {
                    return;
                }
                String[] dimValue = measure.substring(by.length()).split(":", 2);
                if (dimValue[0].equals(RegistryMeasures.BIRTH_YEAR)) {
                    String band = to.getYear() - Integer.parseInt(dimValue[1]) < 30 ? "UNDER_30" : "30_AND_OVER";
                    breakdown.computeIfAbsent("ageBand", k -> new TreeMap<>()).merge(band, n, Long::sum);
                } else {
                    breakdown.computeIfAbsent(dimValue[0], k -> new TreeMap<>()).merge(dimValue[1], n, Long::sum);
                }
            });
            lists.add(PeriodReport.ListBalance.of(list, sums.before(RegistryMeasures.stock(list)), in, out,
                    sums.upTo(RegistryMeasures.stock(list)), breakdown));
        }
        List<PeriodReport.Move> moves = new ArrayList<>();
        byPrefix(sums.during(), "X:").forEach((fromTo, n) -> {
            String[] ft = fromTo.split(":", 2);
            moves.add(new PeriodReport.Move(ft[0], ft[1], n));
        });
        long tested = sums.during(RegistryMeasures.tests());
        long positive = sums.during(RegistryMeasures.positives());
        return new PeriodReport(unit.code(), unit.name(), from, to, lists, moves,
                new PeriodReport.DrugTests(tested, positive,
                        tested == 0 ? null : Math.round(1000.0 * positive / tested) / 10.0,
                        sums.during(RegistryMeasures.notTested())),
                new PeriodReport.Sanctions(sums.during(RegistryMeasures.sanctionsIssued()),
                        byPrefix(sums.during(), "S:notIssued:")),
                byPrefix(sums.during(), "R:"), sums.during(RegistryMeasures.arrests()));
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
