package vn.drugctl.hotspot.reconciliation.application;

import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.Unit;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.hotspot.hotspot.application.HotspotAudit;
import vn.drugctl.hotspot.shared.BusinessTime;
import vn.drugctl.hotspot.surveillance.application.SurveillanceAudit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * hotspot-service's side of the reconciliation of the report projection (DESIGN.md "How data flows", 5): active
 * hotspots per kind and licensed flag, open surveillance records per kind, per managing unit of a unit's subtree,
 * counted from the service's own records, and where each record stands. The caller must view the unit (403
 * otherwise; 404 for a unit not in the catalogue).
 *
 * <p><b>Audit.</b> The answer names records by id only, with their kind, status and unit: no name, address,
 * subject or dealer, so it is not a read of a record. It is audited like a search: one SEARCH line per record type
 * naming the unit and how many records it covered.
 */
public class CountingForReconciliation {
    public static final String HOTSPOT = "hotspot";
    public static final String SURVEILLANCE = "surveillance";

    /** The stock an active hotspot is in: the name reporting-service's ledger uses. */
    public static String hotspotStock(String kind, boolean licensed) {
        return "H:" + kind + ":" + (licensed ? "LICENSED" : "UNLICENSED");
    }

    /** The stock an open surveillance record is in. */
    public static String surveillanceStock(String kind) {
        return "SV:" + kind;
    }

    private final RecordPositions positions;
    private final UnitCatalogue units;
    private final HotspotAudit hotspotAudit;
    private final SurveillanceAudit surveillanceAudit;
    private final BusinessTime time;

    public CountingForReconciliation(RecordPositions positions, UnitCatalogue units, HotspotAudit hotspotAudit,
                                     SurveillanceAudit surveillanceAudit, BusinessTime time) {
        this.positions = positions;
        this.units = units;
        this.hotspotAudit = hotspotAudit;
        this.surveillanceAudit = surveillanceAudit;
        this.time = time;
    }

    public ReconciliationCounts handle(String unitCode, TenantScope scope) {
        Unit unit = units.require(unitCode);
        scope.requireView(unit);
        List<RecordPositions.Position> hotspots = positions.hotspotsInSubtree(unit.code());
        List<RecordPositions.Position> surveillance = positions.surveillanceRecordsInSubtree(unit.code());
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        List<ReconciliationCounts.RecordPosition> records = new ArrayList<>(hotspots.size() + surveillance.size());
        for (RecordPositions.Position p : hotspots) {
            String stock = "ACTIVE".equals(p.status()) ? hotspotStock(p.kind(), p.licensed()) : null;
            add(counts, records, HOTSPOT, p, stock);
        }
        for (RecordPositions.Position p : surveillance) {
            String stock = "OPEN".equals(p.status()) ? surveillanceStock(p.kind()) : null;
            add(counts, records, SURVEILLANCE, p, stock);
        }
        hotspotAudit.searched(scope, "reconciliation unit=" + unit.code(), hotspots.size());
        surveillanceAudit.searched(scope, "reconciliation unit=" + unit.code(), surveillance.size());
        List<ReconciliationCounts.Count> list = new ArrayList<>();
        counts.forEach((u, byMeasure) -> byMeasure.forEach((m, n) -> list.add(new ReconciliationCounts.Count(u, m,
                n))));
        records.sort(Comparator.comparing(ReconciliationCounts.RecordPosition::kind)
                .thenComparing(ReconciliationCounts.RecordPosition::id));
        return new ReconciliationCounts(unit.code(), time.today(), "hotspot-service", list, records);
    }

    private static void add(Map<String, Map<String, Long>> counts, List<ReconciliationCounts.RecordPosition> records,
                            String kind, RecordPositions.Position p, String stock) {
        if (stock != null) {
            counts.computeIfAbsent(p.unitCode(), u -> new TreeMap<>()).merge(stock, 1L, Long::sum);
        }
        records.add(new ReconciliationCounts.RecordPosition(kind, p.id(), p.sequence(), p.version(), p.unitCode(),
                stock));
    }
}
