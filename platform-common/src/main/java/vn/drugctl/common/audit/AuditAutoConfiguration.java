package vn.drugctl.common.audit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.drugctl.common.audit.web.AuditEndpoints;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The audit trail of every service that has a MongoTemplate: {@link AuditEntries} (on the services' {@link Clock}
 * bean, which {@code DrugctlAutoConfiguration} provides unless the service has its own), {@link MongoAuditTrail}
 * (the {@link AuditTrail} and {@link AuditLog}, collection {@value MongoAuditTrail#COLLECTION}),
 * {@link ReadingAuditTrail} and, in a web application, {@link AuditEndpoints} with the calendar zone of
 * {@code drugctl.audit.zone} (default Asia/Ho_Chi_Minh). Each bean steps aside for one the service defines itself.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "vn.drugctl.common.autoconfigure.DrugctlAutoConfiguration"})
@ConditionalOnBean(MongoTemplate.class)
public class AuditAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    AuditEntries auditEntries(Clock clock) {
        return new AuditEntries(clock);
    }

    @Bean
    @ConditionalOnMissingBean
    MongoAuditTrail mongoAuditTrail(MongoTemplate mongo) {
        return new MongoAuditTrail(mongo);
    }

    @Bean
    @ConditionalOnMissingBean
    ReadingAuditTrail readingAuditTrail(AuditLog log, AuditTrail trail, AuditEntries entries) {
        return new ReadingAuditTrail(log, trail, entries);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Web {
        @Bean
        @ConditionalOnMissingBean
        AuditEndpoints auditEndpoints(ReadingAuditTrail reading,
                                      @Value("${drugctl.audit.zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
            return new AuditEndpoints(reading, zone);
        }
    }
}
