package vn.drugctl.reporting.periodreport.infrastructure.office;

import vn.drugctl.reporting.periodreport.domain.ReportTerms;
import vn.drugctl.reporting.periodreport.domain.ReportTerms.Dimension;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** What both documents say the same way: dates as dd/MM/yyyy, the labels of the report's codes, decimals. */
final class ReportWording {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    static final String TITLE = "BÁO CÁO";
    static final String SUBJECT = "Kết quả công tác rà soát, phát hiện, thống kê, quản lý người nghiện ma túy, người sử "
            + "dụng trái phép chất ma túy, người bị quản lý sau cai nghiện ma túy và đấu tranh, triệt xóa điểm, tụ điểm "
            + "phức tạp về ma túy";
    static final String CHART_TITLE = "Số người trong diện quản lý vào cuối mỗi tháng";
    static final String LICENSED = "Trong cơ sở kinh doanh có điều kiện về ANTT";
    static final String ELSEWHERE = "Không phải cơ sở kinh doanh có điều kiện về ANTT";

    private ReportWording() {
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    static String dateTime(LocalDateTime at) {
        return DATE_TIME.format(at);
    }

    static String list(String code) {
        return ReportTerms.label(ReportTerms.PersonList.class, code);
    }

    static String listReason(String code) {
        return ReportTerms.label(ReportTerms.ListReason.class, code);
    }

    static String dimension(String code) {
        return Dimension.of(code).map(Dimension::label).orElse(code);
    }

    static String dimensionValue(String dimension, String value) {
        return Dimension.of(dimension).map(d -> d.valueLabel(value)).orElse(value);
    }

    static String hotspotKind(String code) {
        return ReportTerms.label(ReportTerms.HotspotKind.class, code);
    }

    static String hotspotReason(String code) {
        return ReportTerms.HotspotReason.labelOf(code);
    }

    static String surveillanceKind(String code) {
        return ReportTerms.label(ReportTerms.SurveillanceKind.class, code);
    }

    static String surveillanceReason(String code) {
        return ReportTerms.label(ReportTerms.SurveillanceReason.class, code);
    }

    static String act(String code) {
        return ReportTerms.label(ReportTerms.SuspectAct.class, code);
    }

    static String substance(String code) {
        return ReportTerms.label(ReportTerms.Substance.class, code);
    }

    static String rehabStage(String code) {
        return ReportTerms.label(ReportTerms.RehabStage.class, code);
    }

    static String sanctionNotIssued(String code) {
        return ReportTerms.label(ReportTerms.SanctionNotIssued.class, code);
    }

    /** Grams as the report gives them (exact decimal text, 3 decimals). */
    static BigDecimal grams(String grams) {
        return new BigDecimal(grams);
    }

    /** A decimal written the Vietnamese way: {@code 0,169}. */
    static String decimal(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }

    /** The sum of a breakdown's values, 0 when absent. */
    static long sum(Map<String, Long> values) {
        return values == null ? 0 : values.values().stream().mapToLong(Long::longValue).sum();
    }
}
