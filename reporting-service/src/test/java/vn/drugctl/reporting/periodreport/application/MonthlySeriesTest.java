package vn.drugctl.reporting.periodreport.application;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MonthlySeriesTest {
    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void eachMonthEndsOnItsLastDayAndThePeriodOnItsLastDate() {
        assertThat(MonthlySeries.monthEnds(d("2024-10-15"), d("2024-12-07")))
                .containsExactly(d("2024-10-31"), d("2024-11-30"), d("2024-12-07"));
        assertThat(MonthlySeries.monthEnds(d("2024-01-31"), d("2024-03-31")))
                .containsExactly(d("2024-01-31"), d("2024-02-29"), d("2024-03-31"));
        assertThat(MonthlySeries.monthEnds(d("2024-12-01"), d("2025-01-01")))
                .containsExactly(d("2024-12-31"), d("2025-01-01"));
    }

    @Test
    void aPeriodWithinOneMonthHasOnePointItsEnd() {
        assertThat(MonthlySeries.monthEnds(d("2024-11-03"), d("2024-11-20"))).containsExactly(d("2024-11-20"));
        assertThat(MonthlySeries.monthEnds(d("2024-11-20"), d("2024-11-20"))).containsExactly(d("2024-11-20"));
    }

    @Test
    void everyListHasOnePointPerDate() {
        assertThatThrownBy(() -> new MonthlySeries(List.of(d("2024-10-31"), d("2024-11-30")),
                Map.of("ADDICT", List.of(1L)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ADDICT has 1 points for 2 dates");
    }
}
