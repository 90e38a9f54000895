package vn.drugctl.reporting.typedcheck.domain;

import org.junit.jupiter.api.Test;
import vn.drugctl.common.domain.InvalidField;
import vn.drugctl.reporting.typedcheck.domain.TypedAggregate.Flow;
import vn.drugctl.reporting.typedcheck.domain.TypedAggregate.Rate;
import vn.drugctl.reporting.typedcheck.domain.TypedAggregate.Section;
import vn.drugctl.reporting.typedcheck.domain.TypedAggregate.Sum;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.drugctl.reporting.typedcheck.domain.SeedReports.FROM;
import static vn.drugctl.reporting.typedcheck.domain.SeedReports.TO;
import static vn.drugctl.reporting.typedcheck.domain.SeedReports.m;
import static vn.drugctl.reporting.typedcheck.domain.SeedReports.report;
import static vn.drugctl.reporting.typedcheck.domain.TypedAggregate.Section.balance;

/**
 * Every rule fires on a slip and stays silent on a consistent figure; the seeds' slips are caught, number for
 * number, and their consistent sections pass.
 */
class AggregateChecksTest {

    static CheckResult check(Section... sections) {
        return AggregateChecks.check(report(List.of(sections)));
    }

    static TypedAggregate with(List<Flow> flows, List<Rate> rates, List<Sum> sums) {
        return new TypedAggregate("Xã An Nội", FROM, TO, List.of(), flows, rates, sums);
    }

    // ---- the seeds

    @Test
    void seed000PostRehabSlipIsReportedWithItsNumbers() {
        CheckResult result = check(SeedReports.POST_REHAB_000);

        assertThat(result.consistent()).isFalse();
        assertThat(result.violations()).hasSize(1);
        Violation v = result.violations().getFirst();
        assertThat(v.rule()).isEqualTo("balance");
        assertThat(v.where()).isEqualTo("POST_REHAB");
        assertThat(v.at()).isEqualTo("sections[0]");
        assertThat(v.message()).isEqualTo("POST_REHAB: 13 + 0 \u2212 7 = 6, but current is 8");
        assertThat(v.numbers()).containsExactly(Map.entry("baseline", 13L), Map.entry("added", 0L),
                Map.entry("removed", 7L), Map.entry("computed", 6L), Map.entry("current", 8L));
    }

    @Test
    void seed000SurveillanceDm1SlipIsReportedWithItsNumbers() {
        CheckResult result = check(SeedReports.SURVEILLANCE_000);

        Violation dm1 = result.violations().stream().filter(v -> "DM1".equals(v.number("category"))).findFirst()
                .orElseThrow();
        assertThat(dm1.rule()).isEqualTo("balance");
        assertThat(dm1.where()).isEqualTo("SURVEILLANCE category DM1");
        assertThat(dm1.at()).isEqualTo("sections[0].breakdowns[category][DM1]");
        assertThat(dm1.message()).isEqualTo("SURVEILLANCE category DM1: 44 + 0 \u2212 2 = 42, but current is 37");
        assertThat(dm1.numbers()).containsExactly(Map.entry("breakdown", "category"), Map.entry("category", "DM1"),
                Map.entry("baseline", 44L), Map.entry("added", 0L), Map.entry("removed", 2L),
                Map.entry("computed", 42L), Map.entry("current", 37L));
        // the other slips of section 4.1, every one of them; the total (77 + 14 − 18 = 73) and H1..H10 balance
        assertThat(result.violations()).extracting(Violation::rule, Violation::where, Violation::message)
                .containsExactly(
                tuple("part-whole", "SURVEILLANCE removed by category",
                        "SURVEILLANCE removed by category: 2 + 1 + 3 = 6, but removed is 18"),
                tuple("part-whole", "SURVEILLANCE removed by class",
                        "SURVEILLANCE removed by class: 5 + 0 = 5, but removed is 18"),
                tuple("balance", "SURVEILLANCE category DM1",
                        "SURVEILLANCE category DM1: 44 + 0 \u2212 2 = 42, but current is 37"),
                tuple("balance", "SURVEILLANCE category DM2",
                        "SURVEILLANCE category DM2: 6 + 0 \u2212 1 = 5, but current is 4"),
                tuple("balance", "SURVEILLANCE category DM3",
                        "SURVEILLANCE category DM3: 27 + 14 \u2212 3 = 38, but current is 32"),
                tuple("balance", "SURVEILLANCE class A",
                        "SURVEILLANCE class A: 42 + 0 \u2212 5 = 37, but current is 30"),
                tuple("balance", "SURVEILLANCE class B",
                        "SURVEILLANCE class B: 35 + 14 \u2212 0 = 49, but current is 43"));
        // 1 balance, 9 part-whole (3 breakdowns × 4 counts), 3 + 6 + 2 category balances
        assertThat(result.checked()).isEqualTo(1 + 12 + 11);
    }

    @Test
    void seed002AddictsSumSlipIsReportedWithItsNumbers() {
        CheckResult result = AggregateChecks.check(with(List.of(), List.of(), List.of(SeedReports.ADDICTS_002)));

        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("sum");
            assertThat(v.where()).isEqualTo("addicts");
            assertThat(v.at()).isEqualTo("sums[0]");
            assertThat(v.message()).isEqualTo("addicts: 58 + 60 = 118, but total is 108");
            assertThat(v.numbers()).containsExactly(Map.entry("parts", List.of(58L, 60L)),
                    Map.entry("partsSum", 118L), Map.entry("total", 108L));
        });
    }

    @Test
    void seed002AddictsTypedAsABalanceBreakTheBalanceWithTheSameNumbers() {
        CheckResult result = check(SeedReports.ADDICT_002);

        // the reasons (35 + 25 = 60) and the age bands (21 + 87 = 108) are consistent; the balance is not
        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("balance");
            assertThat(v.message()).isEqualTo("ADDICT: 58 + 60 \u2212 0 = 118, but current is 108");
        });
        assertThat(result.checked()).isEqualTo(3);
    }

    @Test
    void wholeSeed000ShowsExactlyItsSlips() {
        CheckResult result = AggregateChecks.check(SeedReports.seed000());

        assertThat(result.violations()).extracting(Violation::rule, Violation::where).containsExactly(
                tuple("balance", "POST_REHAB"),
                tuple("part-whole", "SURVEILLANCE removed by category"),
                tuple("part-whole", "SURVEILLANCE removed by class"),
                tuple("balance", "SURVEILLANCE category DM1"), tuple("balance", "SURVEILLANCE category DM2"),
                tuple("balance", "SURVEILLANCE category DM3"), tuple("balance", "SURVEILLANCE class A"),
                tuple("balance", "SURVEILLANCE class B"));
        assertThat(result.checked()).isGreaterThan(60);
    }

    @Test
    void wholeSeed002ShowsExactlyItsSlip() {
        CheckResult result = AggregateChecks.check(SeedReports.seed002());

        assertThat(result.violations()).extracting(Violation::rule, Violation::where)
                .containsExactly(tuple("sum", "addicts"));
    }

    @Test
    void consistentSectionsOfSeed000Pass() {
        List<Section> sections = new ArrayList<>(List.of(SeedReports.RISK_POINT_CONDITIONAL,
                SeedReports.RETAIL_SELLER, SeedReports.COMPLEX_POINT_CONDITIONAL, SeedReports.ADDICT_000,
                SeedReports.ILLEGAL_USER_000, SeedReports.SUSPECTED_ADDICT_000, SeedReports.SUSPECTED_USER_000,
                SeedReports.METHADONE_000, SeedReports.SURVEILLANCE_BY_SYSTEM_000, SeedReports.SUSPECTS_000));
        sections.addAll(SeedReports.SURVEILLANCE_BY_LIST_000);
        CheckResult result = AggregateChecks.check(new TypedAggregate("Huyện Bình Lục", FROM, TO, sections,
                List.of(SeedReports.EXPIRED_TO_SUSPECTED_000), SeedReports.RATES_000, List.of()));

        assertThat(result.violations()).isEmpty();
        assertThat(result.consistent()).isTrue();
        // the three moves by reason between the lists are paired (79, 6 and 4) and the stated flow (13)
        assertThat(result.checked()).isGreaterThan(40);
    }

    @Test
    void consistentSectionsOfSeed002Pass() {
        CheckResult result = AggregateChecks.check(new TypedAggregate("Huyện Bình Lục", FROM, TO,
                List.of(SeedReports.ILLEGAL_USER_002, SeedReports.SUSPECTED_ADDICT_002, SeedReports.SUSPECTED_USER_002,
                        SeedReports.METHADONE_002, SeedReports.RISK_POINT_002),
                List.of(), List.of(SeedReports.UNDER_30_SUSPECTED_002), SeedReports.PRIORS_002));

        assertThat(result.violations()).isEmpty();
        // balance, reasons and age bands of each list (3 + 2 + 3), methadone, risk points, the rate, four sums
        assertThat(result.checked()).isEqualTo(3 + 2 + 3 + 1 + 1 + 1 + 4);
    }

    // ---- each rule, firing and not

    @Test
    void balanceFiresOnlyWhenTheArithmeticFails() {
        assertThat(check(balance("ADDICT", 10, 5, m(), 3, m(), 12)).violations()).isEmpty();
        assertThat(check(balance("ADDICT", 10, 5, m(), 3, m(), 13)).violations()).extracting(Violation::message)
                .containsExactly("ADDICT: 10 + 5 \u2212 3 = 12, but current is 13");
        // a line with only a current count has no balance to check
        Section currentOnly = new Section("RETAIL_POINT", null, null, null, null, null, 10, null, null, null, null,
                null);
        assertThat(check(currentOnly).checked()).isZero();
    }

    @Test
    void reasonsSumFiresForAddedAndForRemoved() {
        assertThat(check(balance("SUSPECTED_USER", 450, 381, m("A", 13, "B", 4, "C", 364), 292,
                m("D", 79, "E", 207, "F", 6), 539)).violations()).isEmpty();

        CheckResult result = check(balance("SUSPECTED_USER", 450, 381, m("A", 13, "B", 4, "C", 360), 292,
                m("D", 79, "E", 200, "F", 6), 539));
        assertThat(result.violations()).extracting(Violation::rule, Violation::at, Violation::message).containsExactly(
                tuple("reasons-sum", "sections[0].addedByReason",
                        "SUSPECTED_USER added by reason: 13 + 4 + 360 = 377, but added is 381"),
                tuple("reasons-sum", "sections[0].removedByReason",
                        "SUSPECTED_USER removed by reason: 79 + 200 + 6 = 285, but removed is 292"));
        assertThat(result.violations().getFirst().numbers()).containsEntry("partsSum", 377L)
                .containsEntry("added", 381L).containsEntry("parts", m("A", 13, "B", 4, "C", 360));
    }

    @Test
    void aReasonMapSaidToBePartialMayFallShortButNotExceed() {
        Section shortOfIt = balance("ADDICT", 10, 5, m("METHADONE", 2), 0, m(), 15).withPartial("addedByReason");
        assertThat(check(shortOfIt).violations()).isEmpty();
        Section over = balance("ADDICT", 10, 5, m("METHADONE", 7), 0, m(), 15).withPartial("addedByReason");
        assertThat(check(over).violations()).extracting(Violation::message).containsExactly(
                "ADDICT added by reason: 7 = 7, more than added 5 (a partial breakdown cannot exceed its total)");
    }

    @Test
    void partWholeFiresForEachKindOfBreakdown() {
        Section good = balance("ADDICT", 100, 30, m(), 12, m(), 118)
                .withBreakdown("ageBand", m("UNDER_30", 20, "30_AND_OVER", 98))
                .withBreakdown("category", m("DM1", 100, "DM2", 10, "DM3", 8))
                .withBreakdown("system", m("H1", 18, "H2", 100))
                .withBreakdown("class", m("A", 18, "B", 100))
                .withBreakdown("location", m("COMMUNITY", 60, "COMPULSORY_REHAB", 40, "VOLUNTARY_REHAB", 10,
                        "PRISON", 8));
        assertThat(check(good).violations()).isEmpty();
        assertThat(check(good).checked()).isEqualTo(6);

        Section bad = balance("ADDICT", 100, 30, m(), 12, m(), 118)
                .withBreakdown("ageBand", m("UNDER_30", 20, "30_AND_OVER", 97))
                .withBreakdown("category", m("DM1", 100, "DM2", 10, "DM3", 9))
                .withBreakdown("system", m("H1", 18, "H2", 100))
                .withBreakdown("class", m("A", 18))
                .withBreakdown("location", m("COMMUNITY", 60, "COMPULSORY_REHAB", 40, "PRISON", 8));
        assertThat(check(bad).violations()).extracting(Violation::rule, Violation::where, Violation::message)
                .containsExactly(
                        tuple("part-whole", "ADDICT current by ageBand",
                                "ADDICT current by ageBand: 20 + 97 = 117, but current is 118"),
                        tuple("part-whole", "ADDICT current by category",
                                "ADDICT current by category: 100 + 10 + 9 = 119, but current is 118"),
                        tuple("part-whole", "ADDICT current by class",
                                "ADDICT current by class: 18 = 18, but current is 118"),
                        tuple("part-whole", "ADDICT current by location",
                                "ADDICT current by location: 60 + 40 + 8 = 108, but current is 118"));
    }

    @Test
    void aBreakdownSaidToBePartialIsOnlyBoundedByItsTotal() {
        Section partial = new Section("SURVEILLANCE_ADDICT", null, null, null, null, null, 15, null, null, null,
                null, null).withBreakdown("system", m("H2", 11)).withPartial("system");
        assertThat(check(partial).violations()).isEmpty();
        Section over = partial.withBreakdown("system", m("H2", 16));
        assertThat(check(over).violations()).extracting(Violation::rule).containsExactly("part-whole");
        assertThat(check(over).violations().getFirst().numbers()).containsEntry("complete", false);
    }

    @Test
    void eachCategoryOfABreakdownGivenOnAllFourDatesBalances() {
        Section good = balance("SURVEILLANCE", 10, 0, m(), 3, m(), 7)
                .withBreakdowns("category", m("DM1", 6, "DM2", 4), null, m("DM1", 2, "DM2", 1), m("DM1", 4, "DM2", 3));
        assertThat(check(good).violations()).isEmpty();
        Section moved = balance("SURVEILLANCE", 10, 0, m(), 3, m(), 7)
                .withBreakdowns("category", m("DM1", 6, "DM2", 4), null, m("DM1", 2, "DM2", 1), m("DM1", 5, "DM2", 2));
        assertThat(check(moved).violations()).extracting(Violation::message).containsExactly(
                "SURVEILLANCE category DM1: 6 + 0 \u2212 2 = 4, but current is 5",
                "SURVEILLANCE category DM2: 4 + 0 \u2212 1 = 3, but current is 2");
        // without the added breakdown (added is not 0) there is nothing to balance per category
        Section unknownAdded = balance("SURVEILLANCE", 10, 1, m(), 3, m(), 8)
                .withBreakdowns("category", m("DM1", 6, "DM2", 4), null, m("DM1", 2, "DM2", 1), m("DM1", 5, "DM2", 3));
        assertThat(check(unknownAdded).violations()).isEmpty();
    }

    @Test
    void rateFiresOutsideItsTolerance() {
        Rate exact = new Rate("positive tests", 5, 40, new BigDecimal("12.5"), null);
        Rate rounded = new Rate("positive tests", 111, 532, new BigDecimal("20.9"), null);
        assertThat(AggregateChecks.check(with(List.of(), List.of(exact, rounded), List.of())).violations()).isEmpty();

        Rate wrong = new Rate("positive tests", 5, 40, new BigDecimal("15"), null);
        CheckResult result = AggregateChecks.check(with(List.of(), List.of(wrong), List.of()));
        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("rate");
            assertThat(v.message()).isEqualTo(
                    "positive tests: 5 / 40 \u00d7 100 = 12.50 %, but 15 % is stated (tolerance 0.05 points)");
            assertThat(v.numbers()).containsEntry("numerator", 5L).containsEntry("denominator", 40L)
                    .containsEntry("computedPercent", new BigDecimal("12.50"))
                    .containsEntry("statedPercent", new BigDecimal("15"));
        });
        // seed 002's "28 %" for 216 of 769 (28.09 %) is a whole percent: wrong at 0.05 points, right at 0.5
        Rate strict = new Rate("under 30", 216, 769, new BigDecimal("28"), null);
        assertThat(AggregateChecks.check(with(List.of(), List.of(strict), List.of())).violations())
                .extracting(Violation::message)
                .containsExactly(
                        "under 30: 216 / 769 \u00d7 100 = 28.09 %, but 28 % is stated (tolerance 0.05 points)");
    }

    @Test
    void flowPairFiresForAStatedFlowWhoseCountsDiffer() {
        Flow paired = new Flow("SUSPECTED_USER", "ILLEGAL_USER", 2, 2);
        Flow unpaired = new Flow("SUSPECTED_USER", "ILLEGAL_USER", 2, 1);
        assertThat(AggregateChecks.check(with(List.of(paired), List.of(), List.of())).violations()).isEmpty();
        assertThat(AggregateChecks.check(with(List.of(unpaired), List.of(), List.of())).violations())
                .singleElement().satisfies(v -> {
                    assertThat(v.rule()).isEqualTo("flow-pair");
                    assertThat(v.at()).isEqualTo("flows[0]");
                    assertThat(v.message()).isEqualTo(
                            "SUSPECTED_USER \u2192 ILLEGAL_USER: 2 out of SUSPECTED_USER, but 1 into ILLEGAL_USER");
                    assertThat(v.numbers()).containsEntry("outCount", 2L).containsEntry("inCount", 1L);
                });
    }

    @Test
    void flowPairFiresForMovesByReasonWithoutTheirMatch() {
        Section out = balance("SUSPECTED_USER", 450, 0, m(), 79, m("MOVED_TO_ILLEGAL_USER", 79), 371);
        Section in = balance("ILLEGAL_USER", 17, 79, m("MOVED_FROM_SUSPECTED_USER", 79), 0, m(), 96);
        assertThat(check(out, in).violations()).isEmpty();
        assertThat(check(out, in).checked()).isEqualTo(2 * 2 + 1);

        Section inShort = balance("ILLEGAL_USER", 17, 79, m("MOVED_FROM_SUSPECTED_USER", 78, "OTHER", 1), 0, m(), 96);
        assertThat(check(out, inShort).violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("flow-pair");
            assertThat(v.numbers()).containsEntry("outCount", 79L).containsEntry("inCount", 78L);
        });
        // seed 000 typed with the 13 expired illegal users arriving "from illegal users" but leaving as "expired"
        Section expired = balance("ILLEGAL_USER", 17, 0, m(), 13, m("MANAGEMENT_PERIOD_EXPIRED", 13), 4);
        Section arrived = balance("SUSPECTED_USER", 450, 13, m("MOVED_FROM_ILLEGAL_USER", 13), 0, m(), 463);
        assertThat(check(expired, arrived).violations()).extracting(Violation::message).containsExactly(
                "ILLEGAL_USER \u2192 SUSPECTED_USER: 0 out of ILLEGAL_USER, but 13 into SUSPECTED_USER");
        // a move to a list the report does not contain cannot be paired, and is not counted as checked
        assertThat(check(out).checked()).isEqualTo(2);
    }

    @Test
    void sumFiresOnlyWhenThePartsDoNotAddUp() {
        Sum good = new Sum("addicts", List.of(56L, 35L), 91);
        Sum bad = new Sum("addicts", List.of(58L, 60L), 108);
        CheckResult result = AggregateChecks.check(with(List.of(), List.of(), List.of(good, bad)));
        assertThat(result.checked()).isEqualTo(2);
        assertThat(result.violations()).extracting(Violation::at).containsExactly("sums[1]");
    }

    // ---- bad input

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> report(List.of(new Section("ADDICT", 1L, null, null, 0L, null, 1, null, null, null,
                null, null)))).isInstanceOf(InvalidField.class).extracting("field").isEqualTo("sections[0].added");
        assertThatThrownBy(() -> report(List.of(balance("ADDICT", 1, 0, m(), 0, m("X", -1), 1))))
                .isInstanceOf(InvalidField.class).extracting("field").isEqualTo("sections[0].removedByReason[X]");
        Section a = balance("A", 1, 0, m(), 0, m(), 1);
        assertThatThrownBy(() -> report(List.of(a, a)))
                .isInstanceOf(InvalidField.class).extracting("field").isEqualTo("sections[1].name");
        assertThatThrownBy(() -> report(List.of(balance("A", 2_000_000_000L, 0, m(), 0, m(), 1))))
                .isInstanceOf(InvalidField.class).extracting("field").isEqualTo("sections[0].baseline");
        assertThatThrownBy(() -> with(List.of(), List.of(new Rate("r", 0, 0, BigDecimal.ZERO, null)), List.of()))
                .isInstanceOf(InvalidField.class).extracting("field").isEqualTo("rates[0].denominator");
        List<Section> many = new ArrayList<>();
        for (int i = 0; i <= TypedAggregate.MAX_ITEMS; i++) {
            many.add(balance("S" + i, 0, 0, m(), 0, m(), 0));
        }
        assertThatThrownBy(() -> report(many)).isInstanceOf(InvalidField.class).extracting("field")
                .isEqualTo("sections");
        assertThatThrownBy(() -> new TypedAggregate(null, TO, FROM, List.of(), null, null, null))
                .isInstanceOf(InvalidField.class).extracting("field").isEqualTo("to");
    }
}
