package vn.drugctl.hotspot.surveillance.application;

import vn.drugctl.common.domain.Conflict;
import vn.drugctl.common.domain.NotFound;
import vn.drugctl.common.events.Actor;
import vn.drugctl.common.tenancy.OutOfScopeException;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.common.audit.AuditAction;
import vn.drugctl.common.audit.AuditEntry;
import vn.drugctl.hotspot.shared.BusinessTime;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceRecord;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceRules;

import java.util.function.BiFunction;

/**
 * Runs a step of a surveillance record (reclassify, close, correct) for a caller who may write in its unit: one
 * scoped read, the domain's judgement of the whole history under the dated rules, one version-guarded document
 * write. A record the caller may not see is 404 whether it exists or not (audited {@code DENIED}); one the caller
 * sees but may not write is 403; a refused step is audited {@code NO_CHANGE}; a concurrent change is retried on
 * fresh state, or 409 when the caller sent the version it saw.
 */
public class ChangingSurveillanceRecord {
    private static final int ATTEMPTS = 5;

    private final SurveillanceRecords records;
    private final UnitCatalogue units;
    private final SurveillanceRules rules;
    private final BusinessTime time;
    private final SurveillanceAudit audit;

    public ChangingSurveillanceRecord(SurveillanceRecords records, UnitCatalogue units, SurveillanceRules rules,
                                      BusinessTime time, SurveillanceAudit audit) {
        this.records = records;
        this.units = units;
        this.rules = rules;
        this.time = time;
        this.audit = audit;
    }

    public SurveillanceRecord handle(String id, Long expectedVersion, TenantScope scope, String what,
                                     BiFunction<SurveillanceRecord, SurveillanceRecord.Context,
                                             SurveillanceRecord.Change> step) {
        for (int attempt = 1; ; attempt++) {
            SurveillanceRecord record = records.find(id, scope).orElseThrow(() -> {
                audit.denied(scope, id, records.owner(id).orElse(null), what, null);
                return new NotFound("Surveillance record", "No surveillance record with id " + id + " in your scope");
            });
            try {
                scope.requireCapture(units.require(record.unitCode()));
            } catch (OutOfScopeException e) {
                audit.denied(scope, id, records.owner(id).orElse(null), what + " (may read, not write)", null);
                throw e;
            }
            SurveillanceRecord.Change change;
            try {
                if (expectedVersion != null && expectedVersion != record.version()) {
                    throw stale(id, expectedVersion, record.version());
                }
                change = step.apply(record, new SurveillanceRecord.Context(rules, time.today(), time.now(),
                        Actor.of(scope)));
            } catch (RuntimeException refused) {
                audit.unchanged(scope, record, what + " refused: " + refused.getMessage(), null);
                throw refused;
            }
            if (records.update(change.record(), record.version(), change.newEntries(),
                    audit.change(scope, change.record(), AuditAction.CHANGE, change.newEntries(), null, null))) {
                return change.record();
            }
            if (expectedVersion != null || attempt == ATTEMPTS) {
                Conflict conflict = stale(id, expectedVersion == null ? record.version() : expectedVersion, -1);
                audit.unchanged(scope, record, what + " refused: " + conflict.getMessage(), null);
                throw conflict;
            }
        }
    }

    private static Conflict stale(String id, long expected, long actual) {
        return new Conflict("concurrent-change", "Surveillance record " + id + " was changed meanwhile (you sent "
                + "version " + expected + (actual < 0 ? "" : ", it is now at " + actual) + "); reload it and try again")
                .with("currentVersion", actual < 0 ? null : actual);
    }
}
