package vn.drugctl.hotspot.hotspot.application;

import vn.drugctl.common.audit.AuditAction;
import vn.drugctl.common.domain.Conflict;
import vn.drugctl.common.domain.NotFound;
import vn.drugctl.common.events.Actor;
import vn.drugctl.common.tenancy.OutOfScopeException;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.hotspot.hotspot.domain.Hotspot;
import vn.drugctl.hotspot.hotspot.domain.HotspotRuleBook;
import vn.drugctl.hotspot.shared.BusinessTime;

import java.util.function.BiFunction;

/**
 * Runs a change of a hotspot for a caller who may write in its owning commune: one scoped read, the domain checks and
 * produces the change, and one document write stores it guarded by the version it was read at, with its events and
 * its audit line. Without an expected version a concurrent change is retried on fresh state (the rules are checked
 * again); with one, a concurrent change is a 409 {@code concurrent-change}.
 *
 * <p>Every request on a record leaves an audit line: the change itself (in its write), or why nothing was written:
 * nothing differed or the change was refused ({@code NO_CHANGE}), the record is not the caller's to see
 * ({@code DENIED}, 404 whether it exists elsewhere or not) or to write ({@code DENIED}, 403: the caller may read it).
 */
public class ChangingHotspot {
    private static final int ATTEMPTS = 5;

    private final Hotspots hotspots;
    private final UnitCatalogue units;
    private final HotspotRuleBook rules;
    private final BusinessTime time;
    private final HotspotAudit audit;

    public ChangingHotspot(Hotspots hotspots, UnitCatalogue units, HotspotRuleBook rules, BusinessTime time,
                           HotspotAudit audit) {
        this.hotspots = hotspots;
        this.units = units;
        this.rules = rules;
        this.time = time;
        this.audit = audit;
    }

    /** @return the hotspot after the change (unchanged when the change appended nothing) */
    public Hotspot handle(String id, Long expectedVersion, String purpose, TenantScope scope,
                          BiFunction<Hotspot, Hotspot.Context, Hotspot.Change> change) {
        for (int attempt = 1; ; attempt++) {
            Hotspot hotspot = hotspots.find(id, scope).orElseThrow(() -> unknown(hotspots, audit, id, scope,
                    "change", purpose));
            try {
                scope.requireCapture(units.require(hotspot.unitCode()));
            } catch (OutOfScopeException e) {
                audit.denied(scope, id, hotspots.card(id).orElse(null), "change (may read, not write)", purpose);
                throw e;
            }
            Hotspot.Change result;
            try {
                if (expectedVersion != null && expectedVersion != hotspot.version()) {
                    throw stale(id, expectedVersion, hotspot.version());
                }
                result = change.apply(hotspot, context(scope));
            } catch (RuntimeException refused) {
                audit.unchanged(scope, hotspot, "change refused: " + refused.getMessage(), purpose);
                throw refused;
            }
            if (result.isEmpty()) {
                audit.unchanged(scope, hotspot, "change requested; nothing differed", purpose);
                return hotspot;
            }
            if (hotspots.update(result.hotspot(), hotspot.version(), result.newEntries(),
                    audit.change(scope, result.hotspot(), AuditAction.CHANGE, result.newEntries(), null,
                            purpose))) {
                return result.hotspot();
            }
            if (expectedVersion != null || attempt == ATTEMPTS) {
                Conflict conflict = stale(id, expectedVersion == null ? hotspot.version() : expectedVersion, -1);
                audit.unchanged(scope, hotspot, "change refused: " + conflict.getMessage(), purpose);
                throw conflict;
            }
        }
    }

    Hotspot.Context context(TenantScope scope) {
        return new Hotspot.Context(rules, time.today(), time.now(), Actor.of(scope));
    }

    /**
     * 404 for a hotspot the caller may not see, whether it exists elsewhere or not: nothing tells another tenant's
     * ids apart. The attempt is audited, against the record's unit when it exists.
     */
    static NotFound unknown(Hotspots hotspots, HotspotAudit audit, String id, TenantScope scope, String what,
                            String purpose) {
        audit.denied(scope, id, hotspots.card(id).orElse(null), what, purpose);
        return new NotFound("Hotspot", "No hotspot with id " + id + " in your scope");
    }

    private static Conflict stale(String id, long expected, long actual) {
        return new Conflict("concurrent-change", "Hotspot " + id + " was changed meanwhile (you sent version "
                + expected + (actual < 0 ? "" : ", it is now at " + actual) + "); reload it and try again")
                .with("currentVersion", actual < 0 ? null : actual);
    }
}
