package vn.drugctl.hotspot.arrest.application;

import vn.drugctl.common.domain.InvalidField;
import vn.drugctl.common.domain.NotFound;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.hotspot.arrest.domain.Incident;

/**
 * Reads an incident (with its history) or lists incidents of a period within the caller's view; every read and
 * every search is audited before it is answered. An incident outside the caller's view is 404 like an unknown one
 * (audited {@code DENIED}).
 */
public class ReadingIncidents {
    public static final int MAX_PAGE_SIZE = 200;

    private final Incidents incidents;
    private final UnitCatalogue units;
    private final IncidentAudit audit;

    public ReadingIncidents(Incidents incidents, UnitCatalogue units, IncidentAudit audit) {
        this.incidents = incidents;
        this.units = units;
        this.audit = audit;
    }

    public Incident read(String id, TenantScope scope) {
        Incident incident = incidents.find(id, scope).orElseThrow(() -> {
            audit.denied(scope, id, incidents.owner(id).orElse(null), "read", null);
            return new NotFound("Incident", "No incident with id " + id + " in your scope");
        });
        audit.read(scope, incident, "incident with history", null);
        return incident;
    }

    public IncidentPage list(IncidentQuery query, TenantScope scope) {
        if (query.from() == null) {
            throw new InvalidField("from", "is required (first business date of the period)");
        }
        if (query.to() == null) {
            throw new InvalidField("to", "is required (last business date of the period)");
        }
        if (query.to().isBefore(query.from())) {
            throw new InvalidField("to", "must not be before from " + query.from());
        }
        if (query.page() < 0) {
            throw new InvalidField("page", "must not be negative");
        }
        if (query.size() < 1 || query.size() > MAX_PAGE_SIZE) {
            throw new InvalidField("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        if (query.unitCode() != null) {
            var unit = units.find(query.unitCode()).orElseThrow(() -> new InvalidField("unitCode",
                    "is not a unit of the catalogue: " + query.unitCode()));
            if (!scope.canView(unit)) {
                // answered like a unit with no incidents, as another tenant's records are not the caller's to count
                audit.searched(scope, "incidents " + query + " (unit outside the view)", 0);
                return new IncidentPage(java.util.List.of(), query.page(), query.size(), 0);
            }
        }
        IncidentPage page = incidents.list(query, scope);
        audit.searched(scope, "incidents " + query, page.total());
        return page;
    }
}
