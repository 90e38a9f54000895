package vn.drugctl.reporting.submission.infrastructure;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.reporting.ledger.application.ChangeJournal;
import vn.drugctl.reporting.periodreport.application.PeriodReports;
import vn.drugctl.reporting.submission.application.SubmissionStore;
import vn.drugctl.reporting.submission.application.Submissions;

import java.time.Clock;
import java.time.ZoneId;

@Configuration(proxyBeanMethods = false)
class SubmissionConfiguration {
    @Bean
    SubmissionStore submissionStore(MongoTemplate mongo, JsonMapper json) {
        return new MongoSubmissionStore(mongo, json);
    }

    @Bean
    Submissions submissions(PeriodReports reports, SubmissionStore store, ChangeJournal journal, UnitCatalogue units,
                            Clock clock, @Value("${drugctl.reporting.zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        return new Submissions(reports, store, journal, units, clock, zone);
    }
}
