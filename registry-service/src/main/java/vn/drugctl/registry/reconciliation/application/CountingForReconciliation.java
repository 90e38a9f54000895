package vn.drugctl.registry.reconciliation.application;

import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.Unit;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.registry.person.application.PersonAudit;
import vn.drugctl.registry.person.application.RegistryTime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The registry's side of the reconciliation of the report projection (DESIGN.md "How data flows", 5): the people of a
 * unit's subtree on each list, per managing unit, counted from the registry's own records, and where each person
 * stands. The caller must view the unit (403 otherwise; 404 for a unit not in the catalogue).
 *
 * <p><b>Audit.</b> The answer names people by id only, with their list and unit: no name, CCCD, birth year or
 * address, so it is not a read of a record (no READ line per person). It is audited like a search: one SEARCH line
 * naming the unit and how many people it covered.
 */
public class CountingForReconciliation {
    /** The stock measure of people on {@code list}: the name reporting-service's ledger uses. */
    public static String stock(String list) {
        return "L:" + list;
    }

    private final PersonPositions positions;
    private final UnitCatalogue units;
    private final PersonAudit audit;
    private final RegistryTime time;

    public CountingForReconciliation(PersonPositions positions, UnitCatalogue units, PersonAudit audit,
                                     RegistryTime time) {
        this.positions = positions;
        this.units = units;
        this.audit = audit;
        this.time = time;
    }

    public ReconciliationCounts handle(String unitCode, TenantScope scope) {
        Unit unit = units.require(unitCode);
        scope.requireView(unit);
        List<PersonPosition> people = positions.inSubtree(unit.code());
        Map<List<String>, Long> counts = new TreeMap<>((a, b) -> a.get(0).equals(b.get(0))
                ? a.get(1).compareTo(b.get(1)) : a.get(0).compareTo(b.get(0)));
        List<ReconciliationCounts.RecordPosition> records = new ArrayList<>(people.size());
        for (PersonPosition p : people) {
            String stock = p.list() == null ? null : stock(p.list());
            if (stock != null) {
                counts.merge(List.of(p.unitCode(), stock), 1L, Long::sum);
            }
            records.add(new ReconciliationCounts.RecordPosition("person", p.id(), p.sequence(), p.version(),
                    p.unitCode(), stock));
        }
        audit.searched(scope, "reconciliation unit=" + unit.code(), people.size());
        return new ReconciliationCounts(unit.code(), time.today(), "registry-service", counts.entrySet().stream()
                .map(e -> new ReconciliationCounts.Count(e.getKey().get(0), e.getKey().get(1), e.getValue()))
                .toList(), records);
    }
}
