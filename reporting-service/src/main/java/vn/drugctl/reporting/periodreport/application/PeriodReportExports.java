package vn.drugctl.reporting.periodreport.application;

import vn.drugctl.common.audit.AuditAction;
import vn.drugctl.common.audit.AuditEntries;
import vn.drugctl.common.audit.AuditTrail;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.Unit;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.reporting.ledger.application.LedgerRecords;
import vn.drugctl.reporting.ledger.domain.LedgerKey;
import vn.drugctl.reporting.registry.domain.PersonProjector;
import vn.drugctl.reporting.registry.domain.RegistryMeasures;

import java.text.Collator;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Gathers what a period report's download shows ({@link PeriodReportExport}): the report itself and the monthly stocks
 * from {@link PeriodReports} (the same checks: 404 unknown unit, 403 outside the caller's view, 400 bad period, made
 * before anything is read), and the name lists from the records behind the counters ({@link LedgerRecords}): the
 * people in each list's stock at the end of {@code to} in the unit's subtree, with the name and birth year in force
 * then ({@link PersonProjector#detailsAt}). Three reads that are not one snapshot: an event projected between them may
 * make a name list differ from its count until the next download.
 *
 * <p>A name list discloses whose records are on which list (sensitive data, Decree 13/2023): every person listed gets
 * a {@code READ} line in the service's audit trail (record type {@value #RECORD_TYPE}, the caller as actor, the
 * period and the format as what was read) before the export is returned; if a line cannot be stored, the export
 * fails and nothing is served.
 */
public class PeriodReportExports {
    /** The record type of the audit lines: the registry's persons. */
    public static final String RECORD_TYPE = "person";
    private static final Comparator<String> VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"))::compare;

    private final PeriodReports reports;
    private final LedgerRecords records;
    private final UnitCatalogue units;
    private final AuditTrail trail;
    private final AuditEntries entries;
    private final Supplier<LocalDateTime> now;

    public PeriodReportExports(PeriodReports reports, LedgerRecords records, UnitCatalogue units, AuditTrail trail,
                               AuditEntries entries, Supplier<LocalDateTime> now) {
        this.reports = reports;
        this.records = records;
        this.units = units;
        this.trail = trail;
        this.entries = entries;
        this.now = now;
    }

    /**
     * @param format        what the export is for ({@code xlsx}, {@code docx}), for the audit lines
     * @param correlationId the request's id, for the audit lines (null when none)
     */
    public PeriodReportExport export(String unitCode, LocalDate from, LocalDate to, TenantScope scope, String format,
                                     String correlationId) {
        PeriodReport report = reports.report(unitCode, from, to, scope);
        MonthlySeries series = reports.monthEnds(unitCode, from, to, scope);
        List<String> subtree = units.subtree(report.unitCode()).stream().map(Unit::code).toList();
        Map<String, List<PeriodReportExport.ListedPerson>> people = new LinkedHashMap<>();
        for (String list : PeriodReports.LISTS) {
            people.put(list, people(subtree, list, to));
        }
        String what = "name list of the period report " + from + " – " + to + " of " + report.unitCode() + " ("
                + format + ")";
        people.values().forEach(listed -> listed.forEach(p -> trail.record(entries.of(scope, RECORD_TYPE,
                p.personId(), p.unitCode(), units.find(p.unitCode()).map(Unit::path).orElse(List.of(p.unitCode())),
                AuditAction.READ, what, null, correlationId))));
        return new PeriodReportExport(report, series, people, now.get());
    }

    private List<PeriodReportExport.ListedPerson> people(List<String> subtree, String list, LocalDate to) {
        String stock = RegistryMeasures.stock(list);
        Set<String> inSubtree = Set.copyOf(subtree);
        List<PeriodReportExport.ListedPerson> people = new ArrayList<>();
        for (LedgerRecords.Share share : records.shares(subtree, stock, false, null, to)) {
            if (share.amount() <= 0) {
                continue; // a stock is 0 or 1 per person; anything else is not a person on the list
            }
            Map<String, Object> details = PersonProjector.detailsAt(share.aggregate().events(), to);
            String unit = unitAt(share, stock, inSubtree, to);
            people.add(new PeriodReportExport.ListedPerson(list, share.aggregateId(), name(details.get("fullName")),
                    year(details.get("birthYear")), unit, units.find(unit).map(Unit::name).orElse(unit)));
        }
        people.sort(Comparator.comparing(PeriodReportExport.ListedPerson::fullName, VIETNAMESE)
                .thenComparing(p -> p.birthYear() == null ? 0 : p.birthYear())
                .thenComparing(PeriodReportExport.ListedPerson::personId));
        return people;
    }

    /** The unit of the subtree whose stock holds the person at the end of {@code to}. */
    private static String unitAt(LedgerRecords.Share share, String stock, Set<String> subtree, LocalDate to) {
        Map<String, Long> byUnit = new TreeMap<>();
        share.aggregate().ledger().amounts().forEach((LedgerKey k, Long n) -> {
            if (k.measure().equals(stock) && subtree.contains(k.unitCode()) && !k.date().isAfter(to)) {
                byUnit.merge(k.unitCode(), n, Long::sum);
            }
        });
        return byUnit.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).findFirst()
                .orElse("");
    }

    private static String name(Object fullName) {
        return fullName == null ? "" : Normalizer.normalize(fullName.toString().strip(), Normalizer.Form.NFC);
    }

    private static Integer year(Object birthYear) {
        if (birthYear instanceof Number n) {
            return n.intValue();
        }
        try {
            return birthYear == null ? null : Integer.valueOf(birthYear.toString().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
