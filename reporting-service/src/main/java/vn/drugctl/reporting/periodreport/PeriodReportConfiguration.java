package vn.drugctl.reporting.periodreport;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.drugctl.common.audit.AuditEntries;
import vn.drugctl.common.audit.AuditTrail;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.reporting.ledger.application.Counters;
import vn.drugctl.reporting.periodreport.application.MergedUnitsCounters;
import vn.drugctl.reporting.ledger.application.LedgerRecords;
import vn.drugctl.reporting.periodreport.application.PeriodReportExports;
import vn.drugctl.reporting.periodreport.application.PeriodReports;
import vn.drugctl.reporting.periodreport.application.UnitMerges;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

@Configuration(proxyBeanMethods = false)
class PeriodReportConfiguration {
    /** The counters as every report reads them: merged units counted by their dates ({@link UnitMerges}). */
    @Bean
    MergedUnitsCounters reportCounters(Counters counters, UnitCatalogue units) {
        return new MergedUnitsCounters(counters, new UnitMerges(units));
    }

    @Bean
    PeriodReports periodReports(MergedUnitsCounters counters, UnitCatalogue units, Clock clock,
                                @Value("${drugctl.reporting.zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        return new PeriodReports(counters, units, () -> LocalDate.now(clock.withZone(zone)));
    }

    /** The downloads' contents: the report, the monthly stocks, the name lists (audited); stamped in the reporting zone. */
    @Bean
    PeriodReportExports periodReportExports(PeriodReports reports, LedgerRecords records, UnitCatalogue units,
                                            AuditTrail trail, AuditEntries entries, Clock clock,
                                            @Value("${drugctl.reporting.zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        return new PeriodReportExports(reports, records, units, trail, entries,
                () -> LocalDateTime.now(clock.withZone(zone)));
    }
}
