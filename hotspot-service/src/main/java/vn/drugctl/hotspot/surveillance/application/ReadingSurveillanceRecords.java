package vn.drugctl.hotspot.surveillance.application;

import vn.drugctl.common.domain.InvalidField;
import vn.drugctl.common.domain.NotFound;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.hotspot.shared.BusinessTime;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceRecord;

import java.time.LocalDate;
import java.util.List;

/**
 * Reads a record (with history; its state on a date), lists and filters records, and counts them for a date and a
 * period, all within the caller's view and audited before the answer goes out. A record outside the view is 404
 * like an unknown one (audited {@code DENIED}); a unit filter outside the view finds nothing.
 */
public class ReadingSurveillanceRecords {
    public static final int MAX_PAGE_SIZE = 200;

    private final SurveillanceRecords records;
    private final UnitCatalogue units;
    private final BusinessTime time;
    private final SurveillanceAudit audit;

    public ReadingSurveillanceRecords(SurveillanceRecords records, UnitCatalogue units, BusinessTime time,
                                      SurveillanceAudit audit) {
        this.records = records;
        this.units = units;
        this.time = time;
        this.audit = audit;
    }

    public SurveillanceRecord read(String id, LocalDate asOf, TenantScope scope) {
        notFuture("asOf", asOf);
        SurveillanceRecord record = records.find(id, scope).orElseThrow(() -> {
            audit.denied(scope, id, records.owner(id).orElse(null), "read", null);
            return new NotFound("Surveillance record", "No surveillance record with id " + id + " in your scope");
        });
        audit.read(scope, record, "surveillance record with history" + (asOf == null ? "" : " as of " + asOf), null);
        return record;
    }

    public SurveillancePage list(SurveillanceQuery q, TenantScope scope) {
        if (q.page() < 0) {
            throw new InvalidField("page", "must not be negative");
        }
        if (q.size() < 1 || q.size() > MAX_PAGE_SIZE) {
            throw new InvalidField("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        if (!unitVisible(q.unitCode(), scope)) {
            audit.searched(scope, "surveillance records " + q + " (unit outside the view)", 0);
            return new SurveillancePage(List.of(), q.page(), q.size(), 0);
        }
        SurveillancePage page = records.list(q, scope);
        audit.searched(scope, "surveillance records " + q, page.total());
        return page;
    }

    public SurveillanceCounts counts(LocalDate asOf, LocalDate from, String unitCode, TenantScope scope) {
        if (asOf == null) {
            throw new InvalidField("asOf", "is required");
        }
        notFuture("asOf", asOf);
        if (from != null && from.isAfter(asOf)) {
            throw new InvalidField("from", "must not be after asOf " + asOf);
        }
        SurveillanceCounts.Counter counter = new SurveillanceCounts.Counter(asOf, from);
        long seen = unitVisible(unitCode, scope) ? records.forEach(unitCode, scope, counter::count) : 0;
        audit.searched(scope, "surveillance counts asOf=" + asOf + " from=" + from + " unit=" + unitCode, seen);
        return counter.result();
    }

    private boolean unitVisible(String unitCode, TenantScope scope) {
        if (unitCode == null) {
            return true;
        }
        var unit = units.find(unitCode).orElseThrow(() -> new InvalidField("unit",
                "is not a unit of the catalogue: " + unitCode));
        return scope.canView(unit);
    }

    private void notFuture(String field, LocalDate date) {
        if (date != null && date.isAfter(time.today())) {
            throw new InvalidField(field, "must not be in the future (today is " + time.today() + ")");
        }
    }
}
