package vn.drugctl.hotspot.hotspot;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.drugctl.common.audit.AuditEntries;
import vn.drugctl.common.audit.AuditTrail;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.hotspot.hotspot.application.AddingHotspot;
import vn.drugctl.hotspot.hotspot.application.ChangingHotspot;
import vn.drugctl.hotspot.hotspot.application.HotspotAudit;
import vn.drugctl.hotspot.hotspot.application.Hotspots;
import vn.drugctl.hotspot.hotspot.application.ReadingHotspot;
import vn.drugctl.hotspot.hotspot.application.SearchingHotspots;
import vn.drugctl.hotspot.hotspot.domain.HotspotRuleBook;
import vn.drugctl.hotspot.hotspot.infrastructure.config.HotspotRulesProperties;
import vn.drugctl.hotspot.shared.BusinessTime;

/** Wires the hotspot use cases to their adapters and the rules file. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HotspotRulesProperties.class)
class HotspotConfiguration {
    private static final Logger log = LoggerFactory.getLogger(HotspotConfiguration.class);

    @Bean
    HotspotRuleBook hotspotRuleBook(HotspotRulesProperties properties) {
        HotspotRuleBook book = properties.toRuleBook();
        book.sets().forEach(set -> log.info("Hotspot rules: {}", set.describe()));
        return book;
    }

    @Bean
    HotspotAudit hotspotAudit(AuditTrail trail, AuditEntries entries) {
        return new HotspotAudit(trail, entries);
    }

    @Bean
    ChangingHotspot changingHotspot(Hotspots hotspots, UnitCatalogue units, HotspotRuleBook rules, BusinessTime time,
                                    HotspotAudit audit) {
        return new ChangingHotspot(hotspots, units, rules, time, audit);
    }

    @Bean
    AddingHotspot addingHotspot(Hotspots hotspots, UnitCatalogue units, HotspotAudit audit, ChangingHotspot changing) {
        return new AddingHotspot(hotspots, units, audit, changing);
    }

    @Bean
    ReadingHotspot readingHotspot(Hotspots hotspots, HotspotAudit audit) {
        return new ReadingHotspot(hotspots, audit);
    }

    @Bean
    SearchingHotspots searchingHotspots(Hotspots hotspots, UnitCatalogue units, HotspotAudit audit) {
        return new SearchingHotspots(hotspots, units, audit);
    }
}
