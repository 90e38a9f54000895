package vn.drugctl.gateway;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * No Micrometer observations of Spring Security's own steps (the filter chain, each filter, authentication,
 * authorization). With an observation registry present, Spring Security wraps every filter of every request in an
 * observation and a checkpoint, and switching those observations off by name (management.observations.enable) keeps
 * the wrapping and only discards its output; this bean removes the wrapping. What is still observed: each request as
 * a whole ({@code http_server_requests}) and each routed call ({@code spring_cloud_gateway_requests}), with its
 * status, so rejected tokens (401) and denials (403) still show.
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }
}
