package vn.drugctl.hotspot.hotspot.application;

import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.UnitCatalogue;

import java.util.List;

/**
 * Lists the hotspots in the caller's view, and their map; every search is audited with its filters and how many
 * matched. A {@code unit} filter outside the view finds nothing (it cannot widen the view).
 */
public class SearchingHotspots {
    /** Most points a map answers at once. */
    public static final int MAP_LIMIT = 5000;

    private final Hotspots hotspots;
    private final UnitCatalogue units;
    private final HotspotAudit audit;

    public SearchingHotspots(Hotspots hotspots, UnitCatalogue units, HotspotAudit audit) {
        this.hotspots = hotspots;
        this.units = units;
        this.audit = audit;
    }

    /** @throws vn.drugctl.common.tenancy.UnknownUnitException when the unit filter is not in the catalogue */
    public HotspotPage handle(HotspotQuery query, TenantScope scope) {
        if (query.unitCode() != null) {
            units.require(query.unitCode());
        }
        HotspotPage page = hotspots.search(query, scope);
        audit.searched(scope, query.describe(), page.total());
        return page;
    }

    public List<MapPoint> map(HotspotQuery query, TenantScope scope) {
        if (query.unitCode() != null) {
            units.require(query.unitCode());
        }
        List<MapPoint> points = hotspots.mapPoints(query, scope, MAP_LIMIT);
        audit.searched(scope, "map of " + query.describe(), points.size());
        return points;
    }
}
