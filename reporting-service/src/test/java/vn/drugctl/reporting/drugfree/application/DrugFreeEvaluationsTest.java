package vn.drugctl.reporting.drugfree.application;

import org.junit.jupiter.api.Test;
import vn.drugctl.common.domain.InvalidField;
import vn.drugctl.common.domain.NotFound;
import vn.drugctl.common.tenancy.OutOfScopeException;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.TenantScopes;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.common.tenancy.UnitCatalogueLoader;
import vn.drugctl.reporting.drugfree.domain.CommuneEvaluation;
import vn.drugctl.reporting.drugfree.domain.Criterion;
import vn.drugctl.reporting.drugfree.domain.CriterionResult;
import vn.drugctl.reporting.drugfree.domain.DrugFreeRuleBook;
import vn.drugctl.reporting.drugfree.domain.TargetBook;
import vn.drugctl.reporting.drugfree.domain.YearProgress;
import vn.drugctl.reporting.ledger.application.Counters;
import vn.drugctl.reporting.ledger.application.LedgerRecords;
import vn.drugctl.reporting.ledger.application.StoredAggregate;
import vn.drugctl.reporting.ledger.domain.Ledger;
import vn.drugctl.reporting.ledger.domain.ProjectedEvent;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link DrugFreeEvaluations} on in-memory counters and records of a synthetic province: which communes and dates are
 * judged, which records are looked for, and where the arrests of residents outside the registry come from.
 */
class DrugFreeEvaluationsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    static final UnitCatalogue UNITS = UnitCatalogueLoader.load(new ByteArrayInputStream(String.join("\n",
            UnitCatalogueLoader.HEADER,
            "PP;Tỉnh Mẫu;PROVINCE;;2000-01-01;;",
            "PP-A;Xã A;COMMUNE;PP;2000-01-01;;",
            "PP-B;Xã B;COMMUNE;PP;2000-01-01;2025-06-30;PP-A",
            "PP-C;Xã C;COMMUNE;PP;2026-01-01;;",
            "QQ;Tỉnh Khác;PROVINCE;;2000-01-01;;",
            "QQ-A;Xã Khác;COMMUNE;QQ;2000-01-01;;").getBytes(StandardCharsets.UTF_8)), "test");
    static final TenantScope ANALYST = new TenantScopes(UNITS).fromClaims("s", "analyst", "PP",
            List.of("PROVINCE_ANALYST"));

    static final DrugFreeRuleBook RULES = new DrugFreeRuleBook(List.of(new DrugFreeRuleBook.RuleSet("default",
            LocalDate.of(2000, 1, 1), "mặc định", List.of(
            new Criterion.ActiveHotspots("no-active-retail-dealer", "Không có đối tượng bán lẻ", 0,
                    List.of("RETAIL_DEALER")),
            new Criterion.ResidentArrests("no-resident-drug-arrests", "Không có người cư trú bị bắt", 0)))));
    static final TargetBook TARGETS = new TargetBook(List.of(new TargetBook.Programme("t", LocalDate.of(2026, 1, 1),
            null, 0, List.of(new TargetBook.Milestone(LocalDate.of(2028, 12, 31), 50)))));

    /** Counters: per unit, the stocks (as amounts before the year) and the year's flows; every call recorded. */
    final Map<String, Map<String, Long>> stocks = new HashMap<>();
    final Map<String, Map<String, Long>> flows = new HashMap<>();
    final List<String> sums = new ArrayList<>();
    final Counters counters = new Counters() {
        @Override
        public void apply(List<Delta> deltas) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Sums sum(String unitCode, LocalDate from, LocalDate to) {
            sums.add(unitCode + " " + from + ".." + to);
            return new Sums(stocks.getOrDefault(unitCode, Map.of()), flows.getOrDefault(unitCode, Map.of()));
        }

        @Override
        public Map<String, Long> totalsByUnit(String unitCode, String measure) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Sums sumOf(Collection<String> unitCodes, LocalDate from, LocalDate to) {
            throw new UnsupportedOperationException();
        }
    };

    /** Records: the shares given per measure; every call recorded. */
    final Map<String, List<LedgerRecords.Share>> shares = new HashMap<>();
    final List<String> asked = new ArrayList<>();
    final LedgerRecords records = (Collection<String> units, String measure, boolean prefix, LocalDate from,
                                   LocalDate to) -> {
        asked.add(measure + " " + units + " " + from + ".." + to);
        return shares.getOrDefault(measure, List.of());
    };

    final DrugFreeEvaluations evaluations = new DrugFreeEvaluations(counters, records, UNITS, RULES, TARGETS,
            () -> TODAY);

    static ProjectedEvent event(String id, String type, long sequence, String unit, String date,
                                Map<String, Object> payload) {
        return new ProjectedEvent(id + "-" + sequence, type, 1, sequence, unit, List.of("PP", unit),
                LocalDate.parse(date), payload);
    }

    static Map<String, Object> suspect(String id, String personId, String name, String residenceUnit) {
        Map<String, Object> s = new HashMap<>();
        s.put("suspectId", id);
        s.put("personId", personId);
        s.put("fullName", name);
        s.put("residence", Map.of("unitCode", residenceUnit));
        return s;
    }

    @Test
    void thePastYearIsJudgedOnItsLastDayAmongTheCommunesValidThen() {
        DrugFreeReport report = evaluations.evaluate("PP", 2025, ANALYST);

        assertThat(report.asOf()).isEqualTo(LocalDate.of(2025, 12, 31));
        // B was merged into A in June 2025, C exists from 2026
        assertThat(report.communes()).extracting(CommuneEvaluation::unitCode).containsExactly("PP-A");
        assertThat(sums).containsExactly("PP-A 2025-01-01..2025-12-31");
        assertThat(report.drugFree()).isEqualTo(1);
        assertThat(report.sharePercent()).isEqualTo(100.0);
        // no criterion failed: the only records read are the province's incidents of the year
        assertThat(asked).containsExactly("A:suspects [PP, PP-A, PP-B, PP-C] 2025-01-01..2025-12-31");
    }

    @Test
    void theCurrentYearIsJudgedAsOfToday() {
        DrugFreeReport report = evaluations.evaluate("PP", null, ANALYST);

        assertThat(report.year()).isEqualTo(2026);
        assertThat(report.asOf()).isEqualTo(TODAY);
        assertThat(report.communes()).extracting(CommuneEvaluation::unitCode).containsExactly("PP-A", "PP-C");
        assertThat(sums).containsExactly("PP-A 2026-01-01..2026-12-02", "PP-C 2026-01-01..2026-12-02");
    }

    @Test
    void anActiveDealerIsShownByTheNameAndDateOfItsRecord() {
        stocks.put("PP-C", Map.of("H:RETAIL_DEALER:UNLICENSED", 1L));
        Ledger ledger = Ledger.builder().add("PP-C", LocalDate.of(2026, 3, 1), "H:RETAIL_DEALER:UNLICENSED", 1)
                .add("PP-C", LocalDate.of(2026, 3, 1), "H:RETAIL_DEALER:UNLICENSED:in:NEWLY_FOUND_BY_REVIEW", 1)
                .build();
        StoredAggregate dealer = new StoredAggregate("hotspot", "h-1", 1, List.of(
                event("h-1", "HotspotAdded", 1, "PP-C", "2026-03-01", Map.of("kind", "RETAIL_DEALER",
                        "details", Map.of("name", "Điểm Mẫu Cũ"))),
                event("h-1", "HotspotDetailsChanged", 2, "PP-C", "2026-04-01", Map.of(
                        "details", Map.of("name", "Điểm Mẫu Mới")))), ledger, 2, Ledger.EMPTY, true);
        shares.put("H:RETAIL_DEALER:UNLICENSED", List.of(new LedgerRecords.Share("hotspot", "h-1",
                "H:RETAIL_DEALER:UNLICENSED", 1, dealer)));

        CommuneEvaluation c = evaluations.evaluate("PP-C", 2026, ANALYST).communes().getFirst();

        assertThat(c.drugFree()).isFalse();
        assertThat(c.failedCriteria()).containsExactly("no-active-retail-dealer");
        CriterionResult failed = c.criteria().getFirst();
        assertThat(failed.records()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo("hotspot");
            assertThat(r.id()).isEqualTo("h-1");
            assertThat(r.label()).isEqualTo("Điểm Mẫu Mới");
            assertThat(r.date()).isEqualTo(LocalDate.of(2026, 3, 1));
            assertThat(r.note()).isEqualTo("RETAIL_DEALER");
        });
        // a stock's records: those in it at the end of the evaluation date, for this commune only
        assertThat(asked).contains("H:RETAIL_DEALER:UNLICENSED [PP-C] null..2026-12-02",
                "H:RETAIL_DEALER:LICENSED [PP-C] null..2026-12-02");
    }

    @Test
    void residentsOutsideTheRegistryAreReadFromTheLatestDetailsOfTheProvincesIncidents() {
        Map<String, Object> recorded = Map.of("occurredAt", "2026-05-01T23:30:00+07:00", "suspects", List.of(
                suspect("s1", null, "Mẫu Văn Một", "PP-B")));
        // corrected: the suspect lives in C; a registry person of A is counted where managed, not here
        Map<String, Object> corrected = Map.of("occurredAt", "2026-05-01T23:30:00+07:00", "suspects", List.of(
                suspect("s1", null, "Mẫu Văn Một", "PP-C"), suspect("s2", "person-9", "Mẫu Thị Hai", "PP-A")));
        StoredAggregate incident = new StoredAggregate("incident", "i-1", 1, List.of(
                event("i-1", "IncidentRecorded", 1, "PP-A", "2026-05-01", Map.of("details", recorded)),
                event("i-1", "IncidentCorrected", 2, "PP-A", "2026-06-01", Map.of("details", corrected))),
                Ledger.EMPTY, 2, Ledger.EMPTY, true);
        shares.put("A:suspects", List.of(new LedgerRecords.Share("incident", "i-1", "A:suspects", 2, incident)));

        Map<String, CommuneEvaluation> communes = new HashMap<>();
        evaluations.evaluate("PP", 2026, ANALYST).communes().forEach(c -> communes.put(c.unitCode(), c));

        assertThat(communes.get("PP-A").drugFree()).isTrue();
        CriterionResult arrests = communes.get("PP-C").criteria().get(1);
        assertThat(arrests.found()).isEqualTo(1);
        assertThat(arrests.records()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo("incident");
            assertThat(r.id()).isEqualTo("i-1");
            assertThat(r.label()).isEqualTo("Mẫu Văn Một");
            // the local date of the arrest, not the correction's
            assertThat(r.date()).isEqualTo(LocalDate.of(2026, 5, 1));
        });
    }

    @Test
    void progressDefaultsToTheLastFiveYearsNotBeforeTheUnitExisted() {
        DrugFreeProgress p = evaluations.progress("PP", null, null, ANALYST);
        DrugFreeProgress c = evaluations.progress("PP-C", null, null, ANALYST);

        assertThat(p.fromYear()).isEqualTo(2022);
        assertThat(p.toYear()).isEqualTo(2026);
        assertThat(p.years()).extracting(YearProgress::communesEvaluated).containsExactly(2, 2, 2, 1, 2);
        assertThat(p.years().getLast().status()).isEqualTo(YearProgress.Status.ON_TRACK);
        assertThat(p.onTrack()).isTrue();
        assertThat(p.milestones()).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo("PENDING"));
        assertThat(c.fromYear()).isEqualTo(2026);
        // progress reads numbers only, never the records behind them
        assertThat(asked).allMatch(a -> a.startsWith("A:suspects "));
    }

    @Test
    void badYearsUnknownUnitsAndUnitsOutsideTheViewAreRefused() {
        assertThatThrownBy(() -> evaluations.evaluate("PP", 2027, ANALYST)).isInstanceOf(InvalidField.class)
                .extracting(e -> ((InvalidField) e).field()).isEqualTo("year");
        assertThatThrownBy(() -> evaluations.evaluate("PP", 1999, ANALYST)).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> evaluations.evaluate("PP-B", 2026, ANALYST)).isInstanceOf(InvalidField.class)
                .hasMessageContaining("not a valid commune");
        assertThatThrownBy(() -> evaluations.progress("PP", 2026, 2025, ANALYST)).isInstanceOf(InvalidField.class)
                .extracting(e -> ((InvalidField) e).field()).isEqualTo("fromYear");
        assertThatThrownBy(() -> evaluations.progress("PP", 1999, 2026, ANALYST)).isInstanceOf(InvalidField.class)
                .extracting(e -> ((InvalidField) e).field()).isEqualTo("fromYear");
        assertThatThrownBy(() -> evaluations.evaluate("Z", 2025, ANALYST)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> evaluations.evaluate("QQ-A", 2025, ANALYST))
                .isInstanceOf(OutOfScopeException.class);
        assertThat(sums).isEmpty();
    }
}
