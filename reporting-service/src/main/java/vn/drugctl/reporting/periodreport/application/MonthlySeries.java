package vn.drugctl.reporting.periodreport.application;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stock of each list at the end of each month of a period ({@link PeriodReports#monthEnds}): {@code stocks} holds,
 * per list, one number per date of {@code monthEnds}, in the same order.
 */
public record MonthlySeries(List<LocalDate> monthEnds, Map<String, List<Long>> stocks) {
    public MonthlySeries {
        monthEnds = List.copyOf(monthEnds);
        Map<String, List<Long>> copy = new LinkedHashMap<>();
        for (Map.Entry<String, List<Long>> e : stocks.entrySet()) {
            if (e.getValue().size() != monthEnds.size()) {
                throw new IllegalArgumentException(e.getKey() + " has " + e.getValue().size() + " points for "
                        + monthEnds.size() + " dates");
            }
            copy.put(e.getKey(), List.copyOf(e.getValue()));
        }
        stocks = Collections.unmodifiableMap(copy);
    }

    /** The last day of each month from {@code from}'s to {@code to}'s, the last one replaced by {@code to}. */
    public static List<LocalDate> monthEnds(LocalDate from, LocalDate to) {
        List<LocalDate> ends = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); m.isBefore(YearMonth.from(to)); m = m.plusMonths(1)) {
            ends.add(m.atEndOfMonth());
        }
        ends.add(to);
        return ends;
    }
}
