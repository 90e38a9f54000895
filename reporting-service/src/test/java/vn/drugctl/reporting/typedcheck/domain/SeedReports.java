package vn.drugctl.reporting.typedcheck.domain;

import vn.drugctl.reporting.typedcheck.domain.TypedAggregate.Flow;
import vn.drugctl.reporting.typedcheck.domain.TypedAggregate.Rate;
import vn.drugctl.reporting.typedcheck.domain.TypedAggregate.Section;
import vn.drugctl.reporting.typedcheck.domain.TypedAggregate.Sum;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static vn.drugctl.reporting.typedcheck.domain.TypedAggregate.Section.balance;

/**
 * The figures of seeds 000 (the district conference brief, 15/10/2024 to 07/12/2024) and 002 (the district report of
 * Bình Lục) as a clerk would type them: numbers and section names only, no person. Reason and category keys are
 * ours; the counts are the seeds'.
 */
final class SeedReports {
    static final LocalDate FROM = LocalDate.of(2024, 10, 15);
    static final LocalDate TO = LocalDate.of(2024, 12, 7);

    private SeedReports() {
    }

    /** An ordered map from alternating keys and counts. */
    static Map<String, Long> m(Object... keysAndCounts) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndCounts.length; i += 2) {
            map.put((String) keysAndCounts[i], ((Number) keysAndCounts[i + 1]).longValue());
        }
        return map;
    }

    static TypedAggregate report(List<Section> sections) {
        return new TypedAggregate("Huyện Bình Lục", FROM, TO, sections, List.of(), List.of(), List.of());
    }

    // ---- seed 000, section I: hotspots and retail sellers (all balance)
    static final Section RISK_POINT_CONDITIONAL = balance("RISK_POINT_CONDITIONAL_BUSINESS", 14, 0, m(), 2,
            m("ESCALATED_TO_COMPLEX_POINT", 1, "NEUTRALISED", 1), 12);
    static final Section RETAIL_SELLER = balance("RETAIL_SELLER", 10, 3, m(), 1,
            m("ESCALATED_TO_COMPLEX_POINT", 1), 12);
    static final Section COMPLEX_POINT_CONDITIONAL = balance("COMPLEX_POINT_CONDITIONAL_BUSINESS", 0, 1, m(), 0,
            m(), 1);

    // ---- seed 000, section II.2: the lists (all balance but post-rehab)
    static final Section ADDICT_000 = balance("ADDICT", 91, 37, m("ADDICTION_DETERMINED", 15, "METHADONE", 22), 0,
            m(), 128)
            .withBreakdowns("location", m("COMMUNITY", 56, "COMPULSORY_REHAB", 35), null, null,
                    m("COMMUNITY", 88, "COMPULSORY_REHAB", 40));
    static final Section ILLEGAL_USER_000 = balance("ILLEGAL_USER", 17, 79, m("MOVED_FROM_SUSPECTED_USER", 79), 20,
            m("MANAGEMENT_PERIOD_EXPIRED", 13, "SENT_FOR_ADDICTION_DETERMINATION", 7), 76);
    static final Section SUSPECTED_ADDICT_000 = balance("SUSPECTED_ADDICT", 7, 8,
            m("MOVED_FROM_SUSPECTED_USER", 6, "ALREADY_ILLEGAL_USER", 2), 15,
            m("DUPLICATE_OF_ILLEGAL_USER", 2, "MOVED_TO_SUSPECTED_USER", 4, "SENT_FOR_ADDICTION_DETERMINATION", 9), 0);
    static final Section SUSPECTED_USER_000 = balance("SUSPECTED_USER", 450, 381,
            m("AFTER_ILLEGAL_USE_EXPIRED", 13, "MOVED_FROM_SUSPECTED_ADDICT", 4, "NEWLY_FOUND_BY_REVIEW", 364), 292,
            m("MOVED_TO_ILLEGAL_USER", 79, "LEFT_THE_LOCALITY", 207, "MOVED_TO_SUSPECTED_ADDICT", 6), 539);
    /** The slip: 13 + 0 − 7 = 6, reported as 08. */
    static final Section POST_REHAB_000 = balance("POST_REHAB", 13, 0, m(), 7, m("MANAGEMENT_PERIOD_EXPIRED", 7), 8);
    static final Section METHADONE_000 = balance("METHADONE", 52, 22, m("NEWLY_ENROLLED", 22), 0, m(), 74);

    // ---- seed 000, section 4.1: the surveillance total, by category (DM), system (H) and class, on the four dates
    /** The slips: DM1 44 + 0 − 2 = 42 reported as 37 (and DM2, DM3, classes A and B; removed by DM and by class). */
    static final Section SURVEILLANCE_000 = balance("SURVEILLANCE", 77, 14, m(), 18, m(), 73)
            .withBreakdowns("category", m("DM1", 44, "DM2", 6, "DM3", 27), m("DM1", 0, "DM2", 0, "DM3", 14),
                    m("DM1", 2, "DM2", 1, "DM3", 3), m("DM1", 37, "DM2", 4, "DM3", 32))
            .withBreakdowns("system", m("H1", 2, "H2", 63, "H3", 8, "H4", 1, "H6", 2, "H10", 1), m("H1", 0, "H2", 14),
                    m("H1", 0, "H2", 14, "H3", 4, "H4", 0, "H6", 0, "H10", 0),
                    m("H1", 2, "H2", 63, "H3", 4, "H4", 1, "H6", 2, "H10", 1))
            .withBreakdowns("class", m("A", 42, "B", 35), m("A", 0, "B", 14), m("A", 5, "B", 0), m("A", 30, "B", 43));
    /** The surveillance total without its category and class breakdowns: its systems H1..H10 balance. */
    static final Section SURVEILLANCE_BY_SYSTEM_000 = balance("SURVEILLANCE", 77, 14, m(), 18, m(), 73)
            .withBreakdowns("system", m("H1", 2, "H2", 63, "H3", 8, "H4", 1, "H6", 2, "H10", 1), m("H1", 0, "H2", 14),
                    m("H1", 0, "H2", 14, "H3", 4, "H4", 0, "H6", 0, "H10", 0),
                    m("H1", 2, "H2", 63, "H3", 4, "H4", 1, "H6", 2, "H10", 1))
            .withBreakdowns("category", m("DM1", 44, "DM2", 6, "DM3", 27), m("DM3", 14), null,
                    m("DM1", 37, "DM2", 4, "DM3", 32));
    /** On 07/12/2024, the surveillance of each list (a current count and its breakdowns only). */
    static final List<Section> SURVEILLANCE_BY_LIST_000 = List.of(
            current("SURVEILLANCE_ADDICT", 15, m("DM1", 11, "DM3", 4), m("A", 8, "B", 7), m("H2", 15)),
            current("SURVEILLANCE_ILLEGAL_USER", 17, m("DM1", 9, "DM2", 1, "DM3", 7), m("A", 6, "B", 11),
                    m("H2", 11, "H3", 4, "H6", 1, "H10", 1)),
            current("SURVEILLANCE_POST_REHAB", 2, m("DM1", 1, "DM2", 1), m("A", 2), m("H2", 2)),
            current("SURVEILLANCE_SUSPECTED_ADDICT", 2, m("DM1", 1, "DM2", 1), m("A", 1, "B", 1), m("H2", 2)),
            current("SURVEILLANCE_SUSPECTED_USER", 37, m("DM1", 15, "DM2", 1, "DM3", 21), m("A", 13, "B", 24),
                    m("H1", 2, "H2", 33, "H4", 1, "H6", 1)));
    /** Section 4.2: suspects, 0 + 1 − 1 = 0. */
    static final Section SUSPECTS_000 = balance("SUSPECTS", 0, 1, m("NEW_ONLINE", 1), 1, m("PROSECUTED", 1), 0);
    /** Section 8: tests 111 positive of 532 = 20.9 %; people 91 positive of 522 = 17.4 %. */
    static final List<Rate> RATES_000 = List.of(
            new Rate("positive tests", 111, 532, new BigDecimal("20.9"), null),
            new Rate("positive people", 91, 522, new BigDecimal("17.4"), null));
    /** The 13 illegal users whose management expired went to the suspected users' list (seed 002 says so). */
    static final Flow EXPIRED_TO_SUSPECTED_000 = new Flow("ILLEGAL_USER", "SUSPECTED_USER", 13, 13);

    static Section current(String name, long current, Map<String, Long> category, Map<String, Long> profileClass,
                           Map<String, Long> system) {
        return new Section(name, null, null, null, null, null, current, null, null, null, null, null)
                .withBreakdown("category", category).withBreakdown("class", profileClass)
                .withBreakdown("system", system);
    }

    /** Seed 000 as typed, with its slips. */
    static TypedAggregate seed000() {
        List<Section> sections = new java.util.ArrayList<>(List.of(RISK_POINT_CONDITIONAL, RETAIL_SELLER,
                COMPLEX_POINT_CONDITIONAL, ADDICT_000, ILLEGAL_USER_000, SUSPECTED_ADDICT_000, SUSPECTED_USER_000,
                POST_REHAB_000, METHADONE_000, SURVEILLANCE_000, SUSPECTS_000));
        sections.addAll(SURVEILLANCE_BY_LIST_000);
        return new TypedAggregate("Huyện Bình Lục", FROM, TO, sections, List.of(EXPIRED_TO_SUSPECTED_000),
                RATES_000,
                List.of(new Sum("addicts on 15/10/2024 (community + compulsory rehab)", List.of(56L, 35L), 91),
                        new Sum("surveillance on 07/12/2024 (by list)", List.of(15L, 17L, 2L, 2L, 37L), 73)));
    }

    // ---- seed 002: Bình Lục's report
    /** As a balance: 58 + 60 − 0 = 118, reported as 108. */
    static final Section ADDICT_002 = balance("ADDICT", 58, 60, m("COMPULSORY_REHAB", 35, "METHADONE", 25), 0, m(), 108)
            .withBreakdown("ageBand", m("UNDER_30", 21, "30_AND_OVER", 87));
    static final Sum ADDICTS_002 = new Sum("addicts", List.of(58L, 60L), 108);
    static final Section ILLEGAL_USER_002 = balance("ILLEGAL_USER", 17, 0, m(), 13, m("MANAGEMENT_PERIOD_EXPIRED", 13),
            4).withBreakdown("ageBand", m("UNDER_30", 2, "30_AND_OVER", 2));
    static final Section SUSPECTED_ADDICT_002 = balance("SUSPECTED_ADDICT", 7, 1, m(), 0, m(), 8)
            .withBreakdown("ageBand", m("UNDER_30", 3, "30_AND_OVER", 5));
    static final Section SUSPECTED_USER_002 = balance("SUSPECTED_USER", 450, 378, m(), 59, m("MOVED_AWAY", 59), 769)
            .withBreakdown("ageBand", m("UNDER_30", 216, "30_AND_OVER", 553));
    static final Section METHADONE_002 = balance("METHADONE", 52, 18, m(), 0, m(), 70);
    static final Section RISK_POINT_002 = new Section("RISK_POINT_CONDITIONAL_BUSINESS", null, null, null, null,
            null, 13, null, null, null, null, null).withBreakdown("kind", m("KARAOKE", 6, "GUESTHOUSE", 7));
    /** Under 30 among suspected users: 216 of 769, "28 %" (a whole percent, so within half a point). */
    static final Rate UNDER_30_SUSPECTED_002 = new Rate("suspected users under 30", 216, 769, new BigDecimal("28"),
            new BigDecimal("0.5"));
    static final List<Sum> PRIORS_002 = List.of(
            new Sum("addicts with prior convictions (drug + other)", List.of(43L, 10L), 53),
            new Sum("addicts with prior violations (drug + other)", List.of(10L, 1L), 11),
            new Sum("suspected users with prior convictions (drug + other)", List.of(179L, 62L), 241),
            new Sum("suspected users with prior violations (drug + other)", List.of(34L, 7L), 41));

    /** Seed 002 as typed, with its slip stated as a sum (58 + 60 = 108). */
    static TypedAggregate seed002() {
        List<Sum> sums = new java.util.ArrayList<>(List.of(ADDICTS_002));
        sums.addAll(PRIORS_002);
        return new TypedAggregate("Huyện Bình Lục", FROM, TO, List.of(ILLEGAL_USER_002, SUSPECTED_ADDICT_002,
                SUSPECTED_USER_002, METHADONE_002, RISK_POINT_002), List.of(), List.of(UNDER_30_SUSPECTED_002), sums);
    }
}
