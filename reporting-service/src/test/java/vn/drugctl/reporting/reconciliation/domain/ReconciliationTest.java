package vn.drugctl.reporting.reconciliation.domain;

import org.junit.jupiter.api.Test;
import vn.drugctl.reporting.reconciliation.domain.ProjectedPositions.Held;
import vn.drugctl.reporting.reconciliation.domain.ProjectedPositions.ProjectedRecord;
import vn.drugctl.reporting.reconciliation.domain.Reconciliation.Difference;
import vn.drugctl.reporting.reconciliation.domain.Reconciliation.Side;
import vn.drugctl.reporting.reconciliation.domain.Reconciliation.Type;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The comparison of the projection with the sources' counts, as stories over synthetic ids. */
class ReconciliationTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    static final String VUBAN = "HN-BL-VUBAN";
    static final String TRANGAN = "HN-BL-TRANGAN";

    /** A source's answer, built record by record; the counts are derived from the records unless set. */
    static final class SourceBuilder {
        final String name;
        final List<SourceCounts.RecordPosition> records = new ArrayList<>();
        List<SourceCounts.Count> counts;

        SourceBuilder(String name) {
            this.name = name;
        }

        SourceBuilder record(String kind, String id, long sequence, String unit, String stock) {
            records.add(new SourceCounts.RecordPosition(kind, id, sequence, sequence, unit, stock));
            return this;
        }

        SourceCounts build() {
            List<SourceCounts.Count> c = counts;
            if (c == null) {
                Map<List<String>, Long> n = new HashMap<>();
                records.stream().filter(r -> r.stock() != null)
                        .forEach(r -> n.merge(List.of(r.unitCode(), r.stock()), 1L, Long::sum));
                c = n.entrySet().stream().map(e -> new SourceCounts.Count(e.getKey().get(0), e.getKey().get(1),
                        e.getValue())).toList();
            }
            return new SourceCounts("HN-BL", TODAY, name, c, records);
        }
    }

    /** The projection, record by record; the counters' totals are the records' stocks unless set. */
    static final class ProjectionBuilder {
        final Map<String, ProjectedRecord> records = new HashMap<>();
        Map<String, Long> totals;

        ProjectionBuilder record(String kind, String id, long sequence, String unit, String stock) {
            ProjectedRecord r = new ProjectedRecord(kind, id, sequence,
                    stock == null ? List.of() : List.of(new Held(unit, stock)));
            records.put(r.key(), r);
            return this;
        }

        ProjectedPositions build() {
            Map<String, Long> t = totals;
            if (t == null) {
                t = new HashMap<>();
                for (ProjectedRecord r : records.values()) {
                    for (Held h : r.stocks()) {
                        t.merge(h.measure(), 1L, Long::sum);
                    }
                }
            }
            return new ProjectedPositions(records, t);
        }
    }

    static SourceBuilder registry() {
        return new SourceBuilder("registry-service");
    }

    static SourceBuilder hotspots() {
        return new SourceBuilder("hotspot-service");
    }

    static Reconciliation.Result compare(ProjectionBuilder projection, SourceBuilder... sources) {
        return Reconciliation.compare("HN-BL", TODAY, java.util.Arrays.stream(sources).map(SourceBuilder::build)
                .toList(), projection.build());
    }

    @Test
    void aProjectionThatHoldsWhatTheSourcesHoldIsConsistent() {
        var result = compare(new ProjectionBuilder()
                        .record("person", "p1", 2, VUBAN, "L:ADDICT")
                        .record("person", "p2", 3, TRANGAN, null)
                        .record("hotspot", "h1", 1, VUBAN, "H:RISK_POINT:UNLICENSED")
                        .record("surveillance", "s1", 4, VUBAN, "SV:SUU_TRA"),
                registry().record("person", "p1", 2, VUBAN, "L:ADDICT").record("person", "p2", 3, TRANGAN, null),
                hotspots().record("hotspot", "h1", 1, VUBAN, "H:RISK_POINT:UNLICENSED")
                        .record("surveillance", "s1", 4, VUBAN, "SV:SUU_TRA"));
        assertThat(result.consistent()).isTrue();
        assertThat(result.differences()).isEmpty();
        assertThat(result.checkedRecords()).isEqualTo(4);
        assertThat(result.totals()).containsExactlyInAnyOrder(
                new Reconciliation.Total("registry-service", "L:ADDICT", 1, 1),
                new Reconciliation.Total("hotspot-service", "H:RISK_POINT:UNLICENSED", 1, 1),
                new Reconciliation.Total("hotspot-service", "SV:SUU_TRA", 1, 1));
        assertThat(result.unitCode()).isEqualTo("HN-BL");
        assertThat(result.asOf()).isEqualTo(TODAY);
    }

    @Test
    void aRecordTheProjectionHasNotSeenIsMissingAndItsUnitCountAndTheTotalDiffer() {
        var result = compare(new ProjectionBuilder().record("person", "p1", 2, VUBAN, "L:ADDICT"),
                registry().record("person", "p1", 2, VUBAN, "L:ADDICT").record("person", "p2", 2, VUBAN, "L:ADDICT"),
                hotspots());
        assertThat(result.consistent()).isFalse();
        assertThat(result.differences()).containsExactlyInAnyOrder(
                new Difference(Type.COUNT, "registry-service", VUBAN, "L:ADDICT", null, null, Side.count(2),
                        Side.count(1)),
                new Difference(Type.TOTAL, "registry-service", "HN-BL", "L:ADDICT", null, null, Side.count(2),
                        Side.count(1)),
                new Difference(Type.MISSING_IN_PROJECTION, "registry-service", VUBAN, "L:ADDICT", "person", "p2",
                        new Side(null, 2L, VUBAN, "L:ADDICT"), null));
    }

    @Test
    void aProjectionBehindTheSourceNamesTheRecordWithBothSequencesAndStocks() {
        // the source moved p1 from ADDICT to nowhere (event 3); the projection still holds events 1-2
        var result = compare(new ProjectionBuilder().record("person", "p1", 2, VUBAN, "L:ADDICT"),
                registry().record("person", "p1", 3, VUBAN, null), hotspots());
        assertThat(result.differences()).extracting(Difference::type).containsExactlyInAnyOrder(Type.COUNT,
                Type.TOTAL, Type.BEHIND, Type.DIFFERENT_STOCK);
        Difference behind = result.differences().stream().filter(d -> d.type() == Type.BEHIND).findFirst()
                .orElseThrow();
        assertThat(behind.recordId()).isEqualTo("p1");
        assertThat(behind.sourceSays()).isEqualTo(new Side(null, 3L, VUBAN, null));
        assertThat(behind.projectionSays()).isEqualTo(new Side(null, 2L, VUBAN, "L:ADDICT"));
    }

    @Test
    void aRecordInAnotherStockOrUnitAtTheSameSequenceIsADifferentStock() {
        var result = compare(new ProjectionBuilder()
                        .record("hotspot", "h1", 2, VUBAN, "H:CLUSTER:LICENSED")
                        .record("surveillance", "s1", 1, TRANGAN, "SV:SUU_TRA"),
                registry(), hotspots().record("hotspot", "h1", 2, VUBAN, "H:CLUSTER:UNLICENSED")
                        .record("surveillance", "s1", 1, VUBAN, "SV:SUU_TRA"));
        assertThat(result.differences()).filteredOn(d -> d.type() == Type.DIFFERENT_STOCK)
                .extracting(Difference::recordId).containsExactlyInAnyOrder("h1", "s1");
        // per unit: VUBAN lost one SV and one unlicensed cluster, TRANGAN has one SV too many
        assertThat(result.differences()).filteredOn(d -> d.type() == Type.COUNT)
                .extracting(d -> d.unitCode() + " " + d.measure() + " " + d.sourceSays().count() + "/"
                        + d.projectionSays().count())
                .containsExactlyInAnyOrder(VUBAN + " H:CLUSTER:UNLICENSED 1/0", VUBAN + " H:CLUSTER:LICENSED 0/1",
                        VUBAN + " SV:SUU_TRA 1/0", TRANGAN + " SV:SUU_TRA 0/1");
        // the subtree's totals: the clusters differ, the surveillance total is the same
        assertThat(result.differences()).filteredOn(d -> d.type() == Type.TOTAL).extracting(Difference::measure)
                .containsExactlyInAnyOrder("H:CLUSTER:UNLICENSED", "H:CLUSTER:LICENSED");
    }

    @Test
    void aRecordTheProjectionHoldsInAStockThatNoSourceListsIsNotInSource() {
        var result = compare(new ProjectionBuilder().record("person", "ghost", 1, VUBAN, "L:ADDICT")
                        .record("person", "p9", 1, VUBAN, null),
                registry(), hotspots());
        assertThat(result.differences()).filteredOn(d -> d.type() == Type.NOT_IN_SOURCE).singleElement()
                .satisfies(d -> {
                    assertThat(d.recordId()).isEqualTo("ghost");
                    assertThat(d.source()).isEqualTo("registry-service");
                    assertThat(d.sourceSays()).isNull();
                    assertThat(d.projectionSays()).isEqualTo(new Side(null, 1L, VUBAN, "L:ADDICT"));
                });
    }

    @Test
    void countersThatDifferFromTheRecordsShowAsATotalOnly() {
        ProjectionBuilder projection = new ProjectionBuilder().record("person", "p1", 1, VUBAN, "L:ADDICT");
        projection.totals = Map.of("L:ADDICT", 2L, "L:ADDICT:in:RELAPSE", 5L, "HW:CLUSTER", 3L);
        var result = compare(projection, registry().record("person", "p1", 1, VUBAN, "L:ADDICT"), hotspots());
        // flows and stocks not compared (HW: watched points, breakdowns) are left out
        assertThat(result.differences()).singleElement().isEqualTo(new Difference(Type.TOTAL, "registry-service",
                "HN-BL", "L:ADDICT", null, null, Side.count(1), Side.count(2)));
    }

    @Test
    void aProjectionAheadOfTheSourceIsListed() {
        var result = compare(new ProjectionBuilder().record("hotspot", "h1", 5, VUBAN, null),
                registry(), hotspots().record("hotspot", "h1", 4, VUBAN, null));
        assertThat(result.differences()).extracting(Difference::type).containsExactly(Type.AHEAD);
    }

    @Test
    void onlyTheComparedStocksCount() {
        assertThat(Reconciliation.compared("L:ADDICT")).isTrue();
        assertThat(Reconciliation.compared("H:RISK_POINT:LICENSED")).isTrue();
        assertThat(Reconciliation.compared("SV:CHUYEN_AN")).isTrue();
        assertThat(Reconciliation.compared("L:ADDICT:by:birthYear:1990")).isFalse();
        assertThat(Reconciliation.compared("L:ADDICT:in:RELAPSE")).isFalse();
        assertThat(Reconciliation.compared("H:RISK_POINT:LICENSED:in:NEWLY_FOUND_BY_REVIEW")).isFalse();
        assertThat(Reconciliation.compared("SV:SUU_TRA:cat:DM1")).isFalse();
        assertThat(Reconciliation.compared("HW:CLUSTER")).isFalse();
        assertThat(Reconciliation.compared("A:incidents")).isFalse();
    }
}
