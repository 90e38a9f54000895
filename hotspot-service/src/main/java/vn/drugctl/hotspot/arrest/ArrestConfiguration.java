package vn.drugctl.hotspot.arrest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.drugctl.common.audit.AuditEntries;
import vn.drugctl.common.audit.AuditTrail;
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
    @Bean
    MongoIncidents mongoIncidents(MongoTemplate mongo, AggregateStore store, EventEnvelopes envelopes,
                                  UnitCatalogue units, IncidentEventCodec codec,
                                  MongoAuditTrail audit, BusinessTime time) {
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
    IncidentAudit incidentAudit(AuditTrail trail, AuditEntries entries) {
        return new IncidentAudit(trail, entries);
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
