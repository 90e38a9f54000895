package vn.drugctl.hotspot;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.drugctl.hotspot.shared.BusinessTime;

import java.time.Clock;
import java.time.ZoneId;

/**
 * Beans every feature of the service shares: the business clock on platform-common's {@link Clock} (a test replaces
 * the Clock bean to move "today"), in the province's zone {@code drugctl.hotspot.zone}.
 */
@Configuration(proxyBeanMethods = false)
class HotspotServiceConfiguration {
    @Bean
    BusinessTime businessTime(Clock clock, @Value("${drugctl.hotspot.zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        return new BusinessTime(clock, zone);
    }
}
