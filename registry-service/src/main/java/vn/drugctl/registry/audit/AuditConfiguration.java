package vn.drugctl.registry.audit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.drugctl.registry.audit.application.AuditEntries;
import vn.drugctl.registry.audit.application.AuditLog;
import vn.drugctl.registry.audit.application.AuditTrail;
import vn.drugctl.registry.audit.application.ReadingAuditTrail;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {
    @Bean
    AuditEntries auditEntries(Clock clock) {
        return new AuditEntries(clock);
    }

    @Bean
    ReadingAuditTrail readingAuditTrail(AuditLog log, AuditTrail trail, AuditEntries entries) {
        return new ReadingAuditTrail(log, trail, entries);
    }
}
