package vn.drugctl.reporting.periodreport.application;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * What the period report's downloads (XLSX, DOCX) show: the report's numbers, the lists' stocks at each month's end
 * (the chart) and, for each list, the people on it at the end of {@code to} (the name lists).
 *
 * @param people      per list ({@link PeriodReports#LISTS} order), its people sorted by name
 * @param generatedAt when the export was made, in the reporting time zone
 */
public record PeriodReportExport(PeriodReport report, MonthlySeries series, Map<String, List<ListedPerson>> people,
                                 LocalDateTime generatedAt) {
    public PeriodReportExport {
        people = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(people));
    }

    /**
     * A person on a list at the end of the period, with the details in force then.
     *
     * @param birthYear null when the record has none
     * @param unitCode  the unit managing the person at the end of the period
     */
    public record ListedPerson(String list, String personId, String fullName, Integer birthYear, String unitCode,
                               String unitName) {
    }
}
