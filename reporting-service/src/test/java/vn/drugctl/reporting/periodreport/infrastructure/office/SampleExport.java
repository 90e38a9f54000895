package vn.drugctl.reporting.periodreport.infrastructure.office;

import vn.drugctl.reporting.periodreport.application.MonthlySeries;
import vn.drugctl.reporting.periodreport.application.PeriodReport;
import vn.drugctl.reporting.periodreport.application.PeriodReport.Balance;
import vn.drugctl.reporting.periodreport.application.PeriodReportExport;
import vn.drugctl.reporting.periodreport.application.PeriodReportExport.ListedPerson;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-made export with seed 000's numbers (its slips corrected so that every balance holds), a reason code no
 * label knows ({@code NEW_REASON_X}), one that starts like a formula ({@code -LEGACY}) and synthetic people, one of
 * them named like an Excel formula.
 */
final class SampleExport {
    static final String INJECTION = "=HYPERLINK(\"http://x\",\"y\")";

    private SampleExport() {
    }

    static PeriodReportExport export() {
        return new PeriodReportExport(report(), series(), people(), LocalDateTime.of(2024, 12, 8, 9, 30));
    }

    static PeriodReport report() {
        List<PeriodReport.ListBalance> lists = List.of(
                list("ADDICT", 91, Map.of("ADDICTION_DETERMINED", 15L, "ENROLLED_IN_TREATMENT", 22L), Map.of(), 128,
                        Map.of("location", Map.of("COMMUNITY", 88L, "COMPULSORY_REHAB", 40L),
                                "ageBand", Map.of("UNDER_30", 21L, "30_AND_OVER", 107L),
                                "priorConviction", Map.of("DRUG", 43L, "OTHER", 10L, "NONE", 77L),
                                "priorViolation", Map.of("DRUG", 10L, "OTHER", 1L, "NONE", 117L),
                                "category", Map.of("DM1", 11L, "DM3", 4L),
                                "methadone", Map.of("YES", 70L),
                                "dossier", Map.of("OPEN", 128L))),
                list("ILLEGAL_USER", 17, Map.of("MOVED_FROM_ANOTHER_LIST", 79L),
                        Map.of("MANAGEMENT_PERIOD_EXPIRED", 13L, "MOVED_TO_ANOTHER_LIST", 7L), 76,
                        Map.of("ageBand", Map.of("UNDER_30", 30L, "30_AND_OVER", 46L))),
                list("SUSPECTED_ADDICT", 7, Map.of("MOVED_FROM_ANOTHER_LIST", 8L),
                        Map.of("DUPLICATE", 2L, "MOVED_TO_ANOTHER_LIST", 13L), 0, Map.of()),
                list("SUSPECTED_USER", 450, Map.of("NEWLY_FOUND_BY_REVIEW", 364L, "MOVED_FROM_ANOTHER_LIST", 17L),
                        Map.of("MOVED_AWAY", 207L, "MOVED_TO_ANOTHER_LIST", 85L), 539,
                        Map.of("ageBand", Map.of("UNDER_30", 216L, "30_AND_OVER", 323L))),
                list("POST_REHAB", 13, Map.of(), Map.of("MANAGEMENT_PERIOD_EXPIRED", 5L, "NEW_REASON_X", 1L,
                        "-LEGACY", 1L), 6, Map.of()));
        List<PeriodReport.Move> moves = List.of(new PeriodReport.Move("ILLEGAL_USER", "SUSPECTED_USER", 13),
                new PeriodReport.Move("SUSPECTED_USER", "ILLEGAL_USER", 79));
        List<PeriodReport.HotspotBalance> hotspots = List.of(
                hotspot("COMPLEX_POINT", Balance.of(0, Map.of("ESCALATED_FROM_RISK_POINT", 1L), Map.of(), 1),
                        Balance.of(0, Map.of("NEWLY_FOUND_BY_REVIEW", 1L), Map.of(), 1), 0, 0),
                hotspot("CLUSTER", Balance.of(0, Map.of(), Map.of(), 0), Balance.of(0, Map.of(), Map.of(), 0), 0, 0),
                hotspot("RISK_POINT", Balance.of(14, Map.of(), new java.util.TreeMap<>(Map.of(
                        "ESCALATED_TO_COMPLEX_POINT", 1L, "NEUTRALISED", 1L)), 12), Balance.of(0, Map.of(), Map.of(), 0), 1, 0),
                hotspot("RETAIL_DEALER", Balance.of(0, Map.of(), Map.of(), 0), Balance.of(10,
                        Map.of("NEWLY_FOUND_BY_REVIEW", 3L), Map.of("REMOVED_DEALER_DIED", 1L), 12), 0, 2));
        PeriodReport.Arrests arrests = new PeriodReport.Arrests(4, 4, Map.of("POSSESSION", 2L, "SALE", 2L), 3,
                Map.of("HEROIN", "0.200", "KETAMINE", "11.357", "METHAMPHETAMINE", "0.284"), 4_500_000, 1, 2, 2, 2, 2);
        List<PeriodReport.SurveillanceBalance> surveillance = List.of(
                new PeriodReport.SurveillanceBalance("SUU_TRA", Balance.of(77, Map.of("OPENED", 14L),
                        Map.of("PROSECUTED", 10L, "MOVED_AWAY", 8L), 73),
                        Map.of("DM1", Balance.of(44, Map.of(), Map.of("PROSECUTED", 7L), 37),
                                "DM2", Balance.of(6, Map.of(), Map.of("MOVED_AWAY", 2L), 4),
                                "DM3", Balance.of(27, Map.of("OPENED", 14L), Map.of("PROSECUTED", 3L, "MOVED_AWAY",
                                        6L), 32)),
                        Map.of("H1", 2L, "H2", 63L, "H3", 4L, "H4", 1L, "H6", 2L, "H10", 1L), Map.of("A", 30L, "B", 43L)),
                new PeriodReport.SurveillanceBalance("HIEM_NGHI_CYBERSPACE", Balance.of(0, Map.of("OPENED", 1L),
                        Map.of("PROSECUTED", 1L), 0), Map.of(), Map.of(), Map.of()));
        return new PeriodReport("HN-BL-VUBAN", "Xã Vũ Bản", LocalDate.of(2024, 10, 15), LocalDate.of(2024, 12, 7),
                lists, moves, new PeriodReport.DrugTests(532, 111, 20.9, 4, 410, 97, 23.7),
                new PeriodReport.Sanctions(30, Map.of("USED_IN_ANOTHER_PROVINCE", 48L)),
                Map.of("CREATED", 16L, "ADMITTED", 7L), 2, hotspots, arrests, surveillance);
    }

    static MonthlySeries series() {
        Map<String, List<Long>> stocks = new LinkedHashMap<>();
        stocks.put("ADDICT", List.of(100L, 120L, 128L));
        stocks.put("ILLEGAL_USER", List.of(40L, 70L, 76L));
        stocks.put("SUSPECTED_ADDICT", List.of(5L, 2L, 0L));
        stocks.put("SUSPECTED_USER", List.of(480L, 520L, 539L));
        stocks.put("POST_REHAB", List.of(10L, 8L, 6L));
        return new MonthlySeries(List.of(LocalDate.of(2024, 10, 31), LocalDate.of(2024, 11, 30),
                LocalDate.of(2024, 12, 7)), stocks);
    }

    static Map<String, List<ListedPerson>> people() {
        Map<String, List<ListedPerson>> people = new LinkedHashMap<>();
        people.put("ADDICT", List.of(
                new ListedPerson("ADDICT", "p1", INJECTION, 1990, "HN-BL-VUBAN", "Xã Vũ Bản"),
                new ListedPerson("ADDICT", "p2", "Hà Văn Thử", 1988, "HN-BL-VUBAN", "Xã Vũ Bản")));
        people.put("ILLEGAL_USER", List.of(
                new ListedPerson("ILLEGAL_USER", "p3", "Lò Thị Mẫu", 2001, "HN-BL-VUBAN", "Xã Vũ Bản")));
        people.put("SUSPECTED_ADDICT", List.of());
        people.put("SUSPECTED_USER", List.of(
                new ListedPerson("SUSPECTED_USER", "p4", "Quàng Văn Giả", null, "HN-BL-VUBAN", "Xã Vũ Bản")));
        people.put("POST_REHAB", List.of());
        return people;
    }

    private static PeriodReport.ListBalance list(String list, long baseline, Map<String, Long> in,
                                                 Map<String, Long> out, long current,
                                                 Map<String, Map<String, Long>> breakdown) {
        return new PeriodReport.ListBalance(list, Balance.of(baseline, new java.util.TreeMap<>(in),
                new java.util.TreeMap<>(out), current), sorted(breakdown));
    }

    private static Map<String, Map<String, Long>> sorted(Map<String, Map<String, Long>> breakdown) {
        Map<String, Map<String, Long>> sorted = new java.util.TreeMap<>();
        breakdown.forEach((d, v) -> sorted.put(d, new java.util.TreeMap<>(v)));
        return sorted;
    }

    private static PeriodReport.HotspotBalance hotspot(String kind, Balance licensed, Balance elsewhere, long watched,
                                                       long online) {
        return new PeriodReport.HotspotBalance(kind, licensed, elsewhere, licensed.current() + elsewhere.current(),
                watched, online);
    }
}
