package vn.drugctl.hotspot.arrest.application;

import vn.drugctl.common.events.Actor;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.Unit;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.hotspot.arrest.domain.HotspotEffect;
import vn.drugctl.hotspot.arrest.domain.Incident;
import vn.drugctl.hotspot.arrest.domain.IncidentDraft;
import vn.drugctl.hotspot.arrest.domain.Outcome;
import vn.drugctl.common.audit.AuditAction;
import vn.drugctl.common.audit.AuditEntry;
import vn.drugctl.hotspot.shared.BusinessTime;

import java.util.List;

/**
 * Records an incident for the caller's own unit (the capturing unit): the domain checks the values, this use case
 * checks that the place and the other units are units of the catalogue and that each hotspot the incident
 * eradicates or neutralises exists in the caller's scope and may take that step on the incident's date; then one
 * document write stores the incident with its events (IncidentRecorded, one SuspectArrested per registry suspect)
 * and its audit line. A refused request writes nothing (like the
 * registry's registration, a refused creation leaves no audit line: there is no record to name).
 */
public class RecordingIncident {
    private final Incidents incidents;
    private final UnitCatalogue units;
    private final HotspotEffects hotspots;
    private final BusinessTime time;
    private final IncidentAudit audit;

    public RecordingIncident(Incidents incidents, UnitCatalogue units, HotspotEffects hotspots, BusinessTime time,
                             IncidentAudit audit) {
        this.incidents = incidents;
        this.units = units;
        this.hotspots = hotspots;
        this.time = time;
        this.audit = audit;
    }

    public record Command(IncidentDraft draft, Outcome outcome, List<HotspotEffect> hotspotEffects) {
    }

    /**
     * @throws vn.drugctl.common.tenancy.OutOfScopeException when the caller may not capture records (403)
     */
    public Incident record(Command command, TenantScope scope) {
        Unit unit = scope.unit();
        scope.requireCapture(unit);
        Incident.Change change = Incident.record(command.draft(), unit.code(), unit.path(), command.outcome(),
                command.hotspotEffects(), new Incident.Context(time.now(), time.today(), Actor.of(scope)));
        var details = change.incident().state().details();
        IncidentUnits.check(details, units);
        List<HotspotEffect> effects = change.incident().state().hotspotEffects();
        for (int i = 0; i < effects.size(); i++) {
            hotspots.check(scope, effects.get(i), details.businessDate(), "hotspotEffects[" + i + "]");
        }
        incidents.add(change.incident(), change.newEntries(),
                audit.change(scope, change.incident(), AuditAction.REGISTER, change.newEntries(), null, null));
        return change.incident();
    }
}
