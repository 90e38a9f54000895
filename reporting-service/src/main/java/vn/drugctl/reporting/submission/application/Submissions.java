package vn.drugctl.reporting.submission.application;

import vn.drugctl.common.domain.InvalidField;
import vn.drugctl.common.domain.NotFound;
import vn.drugctl.common.tenancy.OutOfScopeException;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.Unit;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.reporting.ledger.application.ChangeJournal;
import vn.drugctl.reporting.periodreport.application.PeriodReport;
import vn.drugctl.reporting.periodreport.application.PeriodReports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Submitting a unit's period report and reading submissions back.
 *
 * <ul>
 *   <li>{@link #submit}: only the unit's own users submit its report (403 otherwise); the report is computed now and
 *   frozen with who and when. A unit may submit a period again (a correction): every submission is kept.</li>
 *   <li>{@link #diff}: the submitted numbers against the live report of the same unit and period, and the records
 *   changed since (from the ledger's change journal) with the counters they moved up to the period's end.</li>
 *   <li>{@link #status}: for each unit directly under a unit, its latest submission of the period, and whether it is
 *   late for the deadline (submitted after it, or not submitted when the deadline has passed).</li>
 * </ul>
 * Reads are allowed to callers whose view contains the unit.
 */
public class Submissions {
    private final PeriodReports reports;
    private final SubmissionStore store;
    private final ChangeJournal journal;
    private final UnitCatalogue units;
    private final Clock clock;
    private final ZoneId zone;

    public Submissions(PeriodReports reports, SubmissionStore store, ChangeJournal journal, UnitCatalogue units,
                       Clock clock, ZoneId zone) {
        this.reports = reports;
        this.store = store;
        this.journal = journal;
        this.units = units;
        this.clock = clock;
        this.zone = zone;
    }

    /** @throws OutOfScopeException when the caller is not of the unit (403); bad periods as the report says (400) */
    public Submission submit(String unitCode, LocalDate from, LocalDate to, TenantScope scope) {
        Unit unit = unit(unitCode);
        if (!scope.unitCode().equals(unit.code())) {
            throw new OutOfScopeException(scope, unit, "submit the report of");
        }
        PeriodReport report = reports.report(unit.code(), from, to, scope);
        Submission s = new Submission(UUID.randomUUID().toString(), unit.code(), unit.path(), from, to,
                scope.username(), clock.instant(), report);
        store.add(s);
        return s;
    }

    public List<Submission> of(String unitCode, LocalDate from, LocalDate to, TenantScope scope) {
        Unit unit = unit(unitCode);
        scope.requireView(unit);
        return store.of(unit.code(), from, to);
    }

    public Submission find(String id, TenantScope scope) {
        return store.find(id).filter(x -> units.find(x.unitCode()).map(scope::canView).orElse(false))
                .orElseThrow(() -> new NotFound("Submission", "No submission " + id + " in your scope"));
    }

    public SubmissionDiff diff(String id, TenantScope scope) {
        Submission s = find(id, scope);
        PeriodReport live = reports.report(s.unitCode(), s.from(), s.to(), scope);
        Map<String, String> before = ReportNumbers.of(s.report());
        Map<String, String> now = ReportNumbers.of(live);
        List<SubmissionDiff.NumberChange> numbers = new ArrayList<>();
        TreeSet<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(now.keySet());
        for (String path : paths) {
            String a = before.get(path);
            String b = now.get(path);
            if (a == null ? b != null : !a.equals(b)) {
                numbers.add(new SubmissionDiff.NumberChange(path, a, b));
            }
        }
        Unit unit = units.require(s.unitCode());
        List<SubmissionDiff.RecordChange> records = new ArrayList<>();
        for (ChangeJournal.Change c : journal.since(s.submittedAt(), s.unitCode())) {
            List<SubmissionDiff.CounterChange> moved = new ArrayList<>();
            c.delta().amounts().forEach((k, n) -> {
                boolean inSubtree = units.find(k.unitCode()).map(u -> u.path().contains(unit.code())).orElse(false);
                if (inSubtree && !k.date().isAfter(s.to())) {
                    moved.add(new SubmissionDiff.CounterChange(k.unitCode(), k.date().toString(), k.measure(), n,
                            k.date().isBefore(s.from()) ? "BEFORE_PERIOD" : "IN_PERIOD"));
                }
            });
            if (!moved.isEmpty()) {
                records.add(new SubmissionDiff.RecordChange(c.kind(), c.aggregateId(), c.at(), moved));
            }
        }
        return new SubmissionDiff(s.id(), s.submittedAt(), numbers, records);
    }

    /**
     * Each unit directly under {@code unitCode} that exists on {@code to}: its latest submission of [from, to], and
     * whether it is late.
     */
    public List<UnitStatus> status(String unitCode, LocalDate from, LocalDate to, LocalDate deadline,
                                   TenantScope scope) {
        Unit unit = unit(unitCode);
        scope.requireView(unit);
        if (from == null || to == null || deadline == null) {
            throw new InvalidField(from == null ? "from" : to == null ? "to" : "deadline", "is required (yyyy-MM-dd)");
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<UnitStatus> status = new ArrayList<>();
        for (Unit child : units.children(unit.code())) {
            if (!child.isValidOn(to)) {
                continue; // merged away or not yet created on the period's last day: its holder reports for it
            }
            Submission latest = store.of(child.code(), from, to).stream().findFirst().orElse(null);
            boolean late = latest == null ? today.isAfter(deadline)
                    : LocalDate.ofInstant(latest.submittedAt(), zone).isAfter(deadline);
            status.add(new UnitStatus(child.code(), child.name(), latest == null ? null : latest.id(),
                    latest == null ? null : latest.submittedBy(), latest == null ? null : latest.submittedAt(), late));
        }
        return status;
    }

    /** A unit's submission of a period: its latest one ({@code null} ids when none), and whether it is late. */
    public record UnitStatus(String unitCode, String unitName, String submissionId, String submittedBy,
                             java.time.Instant submittedAt, boolean late) {
    }

    private Unit unit(String code) {
        return units.find(code).orElseThrow(() -> new NotFound("Unit", "No unit " + code + " in the unit catalogue"));
    }
}
