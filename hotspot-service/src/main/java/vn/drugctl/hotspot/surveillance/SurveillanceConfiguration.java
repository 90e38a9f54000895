package vn.drugctl.hotspot.surveillance;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.drugctl.common.audit.AuditEntries;
import vn.drugctl.common.audit.AuditTrail;
import vn.drugctl.common.audit.MongoAuditTrail;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.drugctl.common.events.AggregateStore;
import vn.drugctl.common.events.EventEnvelopes;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.hotspot.shared.BusinessTime;
import vn.drugctl.hotspot.surveillance.application.ChangingSurveillanceRecord;
import vn.drugctl.hotspot.surveillance.application.OpeningSurveillanceRecord;
import vn.drugctl.hotspot.surveillance.application.ReadingSurveillanceRecords;
import vn.drugctl.hotspot.surveillance.application.SurveillanceAudit;
import vn.drugctl.hotspot.surveillance.application.SurveillanceRecords;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceRules;
import vn.drugctl.hotspot.surveillance.infrastructure.config.SurveillanceRulesProperties;
import vn.drugctl.hotspot.surveillance.infrastructure.mongo.MongoSurveillanceRecords;
import vn.drugctl.hotspot.surveillance.infrastructure.mongo.SurveillanceEventCodec;


/** The surveillance feature's beans: its dated rules, store, audit trail and use cases. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SurveillanceRulesProperties.class)
class SurveillanceConfiguration {
    private static final Logger log = LoggerFactory.getLogger(SurveillanceConfiguration.class);
    @Bean
    SurveillanceRules surveillanceRules(SurveillanceRulesProperties properties) {
        SurveillanceRules rules = properties.toRules();
        rules.sets().forEach(set -> log.info("Surveillance rules: {}", set.describe()));
        return rules;
    }

    @Bean
    MongoSurveillanceRecords mongoSurveillanceRecords(MongoTemplate mongo, AggregateStore store,
                                                      EventEnvelopes envelopes, UnitCatalogue units,
                                                      SurveillanceEventCodec codec,
                                                      MongoAuditTrail audit,
                                                      BusinessTime time) {
        return new MongoSurveillanceRecords(mongo, store, envelopes, units, codec, audit, time);
    }

    @Bean
    SurveillanceAudit surveillanceAudit(AuditTrail trail, AuditEntries entries) {
        return new SurveillanceAudit(trail, entries);
    }

    @Bean
    OpeningSurveillanceRecord openingSurveillanceRecord(SurveillanceRecords records, SurveillanceRules rules,
                                                        BusinessTime time, SurveillanceAudit audit) {
        return new OpeningSurveillanceRecord(records, rules, time, audit);
    }

    @Bean
    ChangingSurveillanceRecord changingSurveillanceRecord(SurveillanceRecords records, UnitCatalogue units,
                                                          SurveillanceRules rules, BusinessTime time,
                                                          SurveillanceAudit audit) {
        return new ChangingSurveillanceRecord(records, units, rules, time, audit);
    }

    @Bean
    ReadingSurveillanceRecords readingSurveillanceRecords(SurveillanceRecords records, UnitCatalogue units,
                                                          BusinessTime time, SurveillanceAudit audit) {
        return new ReadingSurveillanceRecords(records, units, time, audit);
    }
}
