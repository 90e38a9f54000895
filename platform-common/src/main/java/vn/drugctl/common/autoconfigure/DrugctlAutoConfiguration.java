package vn.drugctl.common.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.apache.catalina.connector.Connector;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;
import vn.drugctl.common.events.AggregateStore;
import vn.drugctl.common.events.EventEnvelopes;
import vn.drugctl.common.events.MalformedEventException;
import vn.drugctl.common.events.OutboxProperties;
import vn.drugctl.common.events.OutboxRelay;
import vn.drugctl.common.events.ProcessedEvents;
import vn.drugctl.common.health.MongoPingHealthIndicator;
import vn.drugctl.common.health.OutboxHealthIndicator;
import vn.drugctl.common.security.ServiceSecurityConfiguration;
import vn.drugctl.common.security.TenantScopeArgumentResolver;
import vn.drugctl.common.tenancy.TenantScopes;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.common.tenancy.UnitCatalogueLoader;
import vn.drugctl.common.web.CorrelationIdFilter;
import vn.drugctl.common.web.ProblemDetailsAdvice;
import vn.drugctl.common.web.ProblemErrorController;
import vn.drugctl.common.web.ScopeController;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Wires the platform's technical defaults into every servlet service that depends on platform-common. */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration"})
@EnableConfigurationProperties(OutboxProperties.class)
@Import({ServiceSecurityConfiguration.class, ProblemDetailsAdvice.class, ProblemErrorController.class,
        ScopeController.class})
public class DrugctlAutoConfiguration {

    /**
     * Tomcat refuses a path with an encoded slash ({@code %2F}) itself, with a bare 400 before any filter runs; passed
     * through, it reaches Spring Security's firewall, which refuses it too, but as a 400 problem with the correlation
     * id ({@link vn.drugctl.common.security.ProblemDetailsSecurityHandlers}). Nothing else changes: the firewall
     * stays strict, and no handler ever sees such a path.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({Connector.class, ConfigurableTomcatWebServerFactory.class})
    static class TomcatEncodedSlash {
        @Bean
        WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> encodedSlashReachesTheFirewall() {
            return factory -> factory.addConnectorCustomizers(connector ->
                    connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue()));
        }
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    UnitCatalogue unitCatalogue(ResourceLoader resources,
                                @Value("${drugctl.units.file:classpath:drugctl/units.csv}") String location) {
        String resolved = location.contains(":") ? location : "file:" + location;
        Resource resource = resources.getResource(resolved);
        try (InputStream in = resource.getInputStream()) {
            return UnitCatalogueLoader.load(in, location);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the unit catalogue " + location, e);
        }
    }

    @Bean
    TenantScopes tenantScopes(UnitCatalogue catalogue) {
        return new TenantScopes(catalogue);
    }

    @Bean
    WebMvcConfigurer tenantScopeResolver(TenantScopes scopes) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new TenantScopeArgumentResolver(scopes));
            }
        };
    }

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    MongoPingHealthIndicator mongoPingHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

    @Bean
    EventEnvelopes eventEnvelopes(JsonMapper json) {
        return new EventEnvelopes(json);
    }

    /** The relay's own idempotent producer: acks from all replicas, no duplicates on retry, bounded blocking. */
    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaProperties kafka, OutboxProperties properties, Clock clock,
                            @Value("${spring.application.name}") String serviceName, MeterRegistry meters) {
        Supplier<Producer<String, String>> producers = () -> {
            Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.CLIENT_ID_CONFIG, serviceName + "-outbox-relay");
            config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
            config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
            config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10000);
            config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
            return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
        };
        return new OutboxRelay(mongo, producers, properties, clock, serviceName, meters);
    }

    @Bean
    OutboxHealthIndicator outboxHealthIndicator(OutboxRelay relay, OutboxProperties properties) {
        return new OutboxHealthIndicator(relay, properties);
    }

    @Bean
    AggregateStore aggregateStore(MongoTemplate mongo, OutboxRelay relay) {
        return new AggregateStore(mongo, relay);
    }

    @Bean
    ProcessedEvents processedEvents(MongoTemplate mongo, Clock clock) {
        return new ProcessedEvents(mongo, clock);
    }

    /**
     * Listener error handling: retry with exponential backoff (bounded), then park the record in
     * {@code <topic>.DLT} with the exception as the reason (Spring Kafka's dead-letter headers). Records that
     * are not event envelopes at all go to the dead-letter topic at once.
     */
    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler eventsErrorHandler(KafkaProperties kafka,
                                           @Value("${drugctl.events.retry.max-attempts:4}") int maxAttempts) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        KafkaTemplate<String, String> template = new KafkaTemplate<>(
                new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new StringSerializer()));
        var recoverer = new DeadLetterPublishingRecoverer(template,
                (record, e) -> new TopicPartition(record.topic() + ".DLT", -1));
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxAttempts(maxAttempts - 1);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        return handler;
    }
}
