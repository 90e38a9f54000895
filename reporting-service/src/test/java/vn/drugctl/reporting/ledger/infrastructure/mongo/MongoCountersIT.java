package vn.drugctl.reporting.ledger.infrastructure.mongo;

import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.common.tenancy.UnitCatalogueLoader;
import vn.drugctl.common.testing.InProcessMongo;
import vn.drugctl.reporting.ledger.application.Counters;
import vn.drugctl.reporting.ledger.application.LedgerRecords;
import vn.drugctl.reporting.ledger.domain.Ledger;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counters and the records behind them on the MongoDB-wire server: a subtree's sums (by unit path) against the sums
 * of exact units (what merged-unit reports read), and the aggregates holding a stock or a flow.
 */
class MongoCountersIT {
    final MongoTemplate mongo = new MongoTemplate(MongoClients.create(InProcessMongo.uri("counters_it")), "counters_it");
    final UnitCatalogue units;

    MongoCountersIT() throws Exception {
        try (var in = getClass().getResourceAsStream("/drugctl/units.csv")) {
            units = UnitCatalogueLoader.load(in, "units.csv");
        }
        mongo.dropCollection(MongoCounters.COLLECTION);
        mongo.dropCollection(MongoProjectionStore.COLLECTION);
    }

    static Ledger ledger(String unit, String day, String measure, long n) {
        return Ledger.builder().add(unit, LocalDate.parse(day), measure, n).build();
    }

    @Test
    void exactUnitsSumOnlyTheirOwnCountersAndASubtreeSumsAllOfIt() {
        MongoCounters counters = new MongoCounters(mongo, units);
        counters.apply(List.of(
                new Counters.Delta("person:a", 1, ledger("HN-BL-VUBAN", "2024-03-01", "L:ADDICT", 1)),
                new Counters.Delta("person:b", 1, ledger("HN-BL-ANDO", "2024-05-01", "L:ADDICT", 1)),
                new Counters.Delta("person:c", 1, ledger("HN-BL", "2024-11-20", "L:ADDICT", 1)),
                new Counters.Delta("person:d", 1, ledger("HN-BL-ANDO", "2024-11-02", "T:tested", 1))));
        LocalDate from = LocalDate.of(2024, 11, 1);
        LocalDate to = LocalDate.of(2024, 11, 30);

        Counters.Sums district = counters.sum("HN-BL", from, to);
        assertThat(district.before("L:ADDICT")).isEqualTo(2);
        assertThat(district.upTo("L:ADDICT")).isEqualTo(3);
        assertThat(district.during("T:tested")).isEqualTo(1);

        Counters.Sums own = counters.sumOf(List.of("HN-BL"), from, to);
        assertThat(own.before("L:ADDICT")).isZero();
        assertThat(own.during("L:ADDICT")).isEqualTo(1);
        Counters.Sums two = counters.sumOf(List.of("HN-BL-VUBAN", "HN-BL-ANDO"), from, to);
        assertThat(two.before("L:ADDICT")).isEqualTo(2);
        assertThat(two.during("T:tested")).isEqualTo(1);
        assertThat(counters.sumOf(List.of("HN-BL-VUBAN"), from, to).during()).isEmpty();
    }

    @Test
    void aPeriodReadsWholeMonthsFromTheirTotalsAndPartMonthsFromTheirDaysWithTheSameSums() {
        MongoCounters counters = new MongoCounters(mongo, units);
        // one amount on each of 120 days from 2024-09-01, and a per-record flow every 10 days
        List<Counters.Delta> deltas = new java.util.ArrayList<>();
        LocalDate first = LocalDate.of(2024, 9, 1);
        for (int i = 0; i < 120; i++) {
            Ledger.Builder b = Ledger.builder().add("HN-BL-LASON", first.plusDays(i), "T:tested", i + 1);
            if (i % 10 == 0) {
                b.add("HN-BL-LASON", first.plusDays(i), "T:id:tested:p" + (i % 30), 1);
            }
            deltas.add(new Counters.Delta("person:day" + i, 1, b.build()));
        }
        counters.apply(deltas);
        java.util.Random random = new java.util.Random(3);
        for (int k = 0; k < 40; k++) {
            LocalDate from = first.plusDays(random.nextInt(120));
            LocalDate to = from.plusDays(random.nextInt(100));
            Counters.Sums sums = counters.sum("HN-BL-LASON", from, to);
            long expectedBefore = 0;
            long expectedDuring = 0;
            java.util.Set<String> people = new java.util.TreeSet<>();
            for (int i = 0; i < 120; i++) {
                LocalDate day = first.plusDays(i);
                if (day.isBefore(from)) {
                    expectedBefore += i + 1;
                } else if (!day.isAfter(to)) {
                    expectedDuring += i + 1;
                    if (i % 10 == 0) {
                        people.add("T:id:tested:p" + (i % 30));
                    }
                }
            }
            assertThat(sums.before("T:tested")).as("before %s", from).isEqualTo(expectedBefore);
            assertThat(sums.during("T:tested")).as("%s..%s", from, to).isEqualTo(expectedDuring);
            assertThat(sums.during().keySet().stream().filter(m -> m.startsWith("T:id:tested:"))
                    .filter(m -> sums.during(m) > 0).toList()).as("%s..%s", from, to)
                    .containsExactlyInAnyOrderElementsOf(people);
        }
    }

    static vn.drugctl.reporting.ledger.application.StoredAggregate person(String id, String unit, Ledger ledger) {
        var registered = new vn.drugctl.reporting.ledger.domain.ProjectedEvent(id + "-1", "PersonRegistered", 1, 1, unit,
                List.of("HN", "HN-BL", unit), LocalDate.of(2024, 1, 1), java.util.Map.of("fullName", "Mẫu " + id));
        return new vn.drugctl.reporting.ledger.application.StoredAggregate("person", id, 0, List.of(registered), ledger,
                1, ledger, true);
    }

    @Test
    void theRecordsBehindAStockAreThoseInItAtTheDateAndBehindAFlowThoseThatFlowed() {
        MongoProjectionStore store = new MongoProjectionStore(mongo);
        // p1 on the list from March to October; p2 from May on; p3 in another commune
        Ledger p1 = Ledger.builder().add("HN-BL-VUBAN", LocalDate.of(2024, 3, 1), "L:ADDICT", 1)
                .add("HN-BL-VUBAN", LocalDate.of(2024, 3, 1), "L:ADDICT:in:NEWLY_FOUND_BY_REVIEW", 1)
                .add("HN-BL-VUBAN", LocalDate.of(2024, 10, 1), "L:ADDICT", -1)
                .add("HN-BL-VUBAN", LocalDate.of(2024, 10, 1), "L:ADDICT:out:DIED", 1).build();
        Ledger p2 = ledger("HN-BL-VUBAN", "2024-05-01", "L:ADDICT", 1);
        Ledger p3 = ledger("HN-BL-ANDO", "2024-05-01", "L:ADDICT", 1);
        store.save(List.of(person("p1", "HN-BL-VUBAN", p1), person("p2", "HN-BL-VUBAN", p2),
                person("p3", "HN-BL-ANDO", p3)));
        LedgerRecords records = store;

        assertThat(records.shares(List.of("HN-BL-VUBAN"), "L:ADDICT", false, null, LocalDate.of(2024, 6, 30)))
                .extracting(LedgerRecords.Share::aggregateId).containsExactlyInAnyOrder("p1", "p2");
        assertThat(records.shares(List.of("HN-BL-VUBAN"), "L:ADDICT", false, null, LocalDate.of(2024, 12, 31)))
                .extracting(LedgerRecords.Share::aggregateId).containsExactly("p2");
        assertThat(records.shares(List.of("HN-BL-VUBAN", "HN-BL-ANDO"), "L:ADDICT:out:", true,
                LocalDate.of(2024, 9, 1), LocalDate.of(2024, 12, 31)))
                .singleElement().satisfies(s -> {
                    assertThat(s.aggregateId()).isEqualTo("p1");
                    assertThat(s.measure()).isEqualTo("L:ADDICT:out:DIED");
                    assertThat(s.aggregate().events().getFirst().text("fullName")).isEqualTo("Mẫu p1");
                });
    }
}
