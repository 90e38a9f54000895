package vn.drugctl.hotspot.arrest;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.drugctl.common.audit.AuditEntries;
import vn.drugctl.common.audit.MongoAuditTrail;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.drugctl.common.events.AggregateStore;
import vn.drugctl.common.events.EventEnvelopes;
import vn.drugctl.common.tenancy.UnitCatalogue;
import io.micrometer.core.instrument.MeterRegistry;
import vn.drugctl.common.events.ProcessedEvents;
import vn.drugctl.hotspot.arrest.application.ApplyingIncidentEffects;
import vn.drugctl.hotspot.arrest.application.ChangingIncident;
import vn.drugctl.hotspot.arrest.application.HotspotFeatureEffects;
import vn.drugctl.hotspot.arrest.application.HotspotEffects;
import vn.drugctl.hotspot.arrest.application.IncidentAudit;
import vn.drugctl.hotspot.arrest.application.Incidents;
import vn.drugctl.hotspot.arrest.application.ReadingIncidents;
import vn.drugctl.hotspot.arrest.application.RecordingIncident;
import vn.drugctl.hotspot.arrest.infrastructure.mongo.IncidentEventCodec;
import vn.drugctl.hotspot.arrest.infrastructure.mongo.MongoIncidents;
import vn.drugctl.hotspot.arrest.infrastructure.mongo.MongoRecordAuditTrail;
import vn.drugctl.hotspot.arrest.infrastructure.kafka.IncidentEffectsListener;
import vn.drugctl.hotspot.hotspot.application.ChangingHotspot;
import vn.drugctl.hotspot.hotspot.application.Hotspots;
import vn.drugctl.hotspot.hotspot.domain.HotspotRuleBook;
import vn.drugctl.hotspot.shared.BusinessTime;


/**
 * The arrest (incident) feature's beans: its store, audit trail, use cases, the hotspot check before an incident is
 * written and the consumer that applies its hotspot effects afterwards.
 */
@Configuration(proxyBeanMethods = false)
class ArrestConfiguration {
    static final String AUDIT = "incidentAuditTrail";

    @Bean(AUDIT)
    MongoRecordAuditTrail incidentAuditTrail(MongoAuditTrail trail, AuditEntries entries) {
        return new MongoRecordAuditTrail(trail, entries, "incident");
    }

    @Bean
    MongoIncidents mongoIncidents(MongoTemplate mongo, AggregateStore store, EventEnvelopes envelopes,
                                  UnitCatalogue units, IncidentEventCodec codec,
                                  @Qualifier(AUDIT) MongoRecordAuditTrail audit, BusinessTime time) {
        return new MongoIncidents(mongo, store, envelopes, units, codec, audit, time);
    }

    @Bean
    HotspotEffects incidentHotspotEffects(Hotspots hotspots, HotspotRuleBook rules, BusinessTime time) {
        return new HotspotFeatureEffects(hotspots, rules, time);
    }

    @Bean
    ApplyingIncidentEffects applyingIncidentEffects(Hotspots hotspots, ChangingHotspot changing,
                                                    UnitCatalogue units) {
        return new ApplyingIncidentEffects(hotspots, changing, units);
    }

    @Bean
    IncidentEffectsListener incidentEffectsListener(ProcessedEvents processed, EventEnvelopes envelopes,
                                                    MeterRegistry meters, IncidentEventCodec codec,
                                                    ApplyingIncidentEffects applying) {
        return new IncidentEffectsListener(processed, envelopes, meters, codec, applying);
    }

    @Bean
    IncidentAudit incidentAudit(@Qualifier(AUDIT) MongoRecordAuditTrail audit) {
        return new IncidentAudit(audit);
    }

    @Bean
    RecordingIncident recordingIncident(Incidents incidents, UnitCatalogue units, HotspotEffects hotspots,
                                        BusinessTime time, IncidentAudit audit) {
        return new RecordingIncident(incidents, units, hotspots, time, audit);
    }

    @Bean
    ChangingIncident changingIncident(Incidents incidents, UnitCatalogue units, BusinessTime time,
                                      IncidentAudit audit) {
        return new ChangingIncident(incidents, units, time, audit);
    }

    @Bean
    ReadingIncidents readingIncidents(Incidents incidents, UnitCatalogue units, IncidentAudit audit) {
        return new ReadingIncidents(incidents, units, audit);
    }
}
