package vn.drugctl.hotspot.arrest.application;

import vn.drugctl.common.domain.Conflict;
import vn.drugctl.common.domain.NotFound;
import vn.drugctl.common.events.Actor;
import vn.drugctl.common.tenancy.OutOfScopeException;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.hotspot.arrest.domain.Incident;
import vn.drugctl.hotspot.arrest.domain.IncidentDraft;
import vn.drugctl.hotspot.arrest.domain.Outcome;
import vn.drugctl.common.audit.AuditAction;
import vn.drugctl.common.audit.AuditEntry;
import vn.drugctl.hotspot.shared.BusinessTime;

import java.util.function.BiFunction;

/**
 * Runs a change of an incident (its outcome, a correction) for a caller who may write in its unit: one scoped read,
 * the domain's checks, one version-guarded document write with the new entries, their events and the audit line.
 * A concurrent change is retried on fresh state (the checks run again); with an expected version it is a 409.
 * An incident the caller may not see is 404 whether it exists or not ({@code DENIED} in the audit); one the caller
 * may see but not write is 403; a refused change is audited {@code NO_CHANGE}.
 */
public class ChangingIncident {
    private static final int ATTEMPTS = 5;

    private final Incidents incidents;
    private final UnitCatalogue units;
    private final BusinessTime time;
    private final IncidentAudit audit;

    public ChangingIncident(Incidents incidents, UnitCatalogue units, BusinessTime time, IncidentAudit audit) {
        this.incidents = incidents;
        this.units = units;
        this.time = time;
        this.audit = audit;
    }

    public Incident recordOutcome(String id, Outcome outcome, String note, Long expectedVersion, TenantScope scope) {
        return handle(id, expectedVersion, scope, "outcome", (incident, context) ->
                incident.recordOutcome(outcome, note, context));
    }

    public Incident correct(String id, IncidentDraft draft, String note, Long expectedVersion, TenantScope scope) {
        return handle(id, expectedVersion, scope, "correction", (incident, context) -> {
            Incident.Change change = incident.correct(draft, note, context);
            IncidentUnits.check(change.incident().state().details(), units);
            return change;
        });
    }

    private Incident handle(String id, Long expectedVersion, TenantScope scope, String what,
                            BiFunction<Incident, Incident.Context, Incident.Change> change) {
        for (int attempt = 1; ; attempt++) {
            Incident incident = incidents.find(id, scope).orElseThrow(() -> unknown(id, scope, what));
            try {
                scope.requireCapture(units.require(incident.unitCode()));
            } catch (OutOfScopeException e) {
                audit.denied(scope, id, incidents.owner(id).orElse(null), what + " (may read, not write)", null);
                throw e;
            }
            Incident.Change result;
            try {
                if (expectedVersion != null && expectedVersion != incident.version()) {
                    throw stale(id, expectedVersion, incident.version());
                }
                result = change.apply(incident, new Incident.Context(time.now(), time.today(), Actor.of(scope)));
            } catch (RuntimeException refused) {
                audit.unchanged(scope, incident, what + " refused: " + refused.getMessage(), null);
                throw refused;
            }
            if (incidents.update(result.incident(), incident.version(), result.newEntries(),
                    audit.change(scope, result.incident(), AuditAction.CHANGE, result.newEntries(), null, null))) {
                return result.incident();
            }
            if (expectedVersion != null || attempt == ATTEMPTS) {
                Conflict conflict = stale(id, expectedVersion == null ? incident.version() : expectedVersion, -1);
                audit.unchanged(scope, incident, what + " refused: " + conflict.getMessage(), null);
                throw conflict;
            }
        }
    }

    NotFound unknown(String id, TenantScope scope, String what) {
        audit.denied(scope, id, incidents.owner(id).orElse(null), what, null);
        return new NotFound("Incident", "No incident with id " + id + " in your scope");
    }

    private static Conflict stale(String id, long expected, long actual) {
        return new Conflict("concurrent-change", "Incident " + id + " was changed meanwhile (you sent version "
                + expected + (actual < 0 ? "" : ", it is now at " + actual) + "); reload it and try again")
                .with("currentVersion", actual < 0 ? null : actual);
    }
}
