package vn.drugctl.reporting.ledger.infrastructure;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.databind.json.JsonMapper;
import vn.drugctl.common.events.EventEnvelopes;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.reporting.ledger.application.ChangeJournal;
import vn.drugctl.reporting.ledger.application.Counters;
import vn.drugctl.reporting.ledger.application.LedgerProjection;
import vn.drugctl.reporting.ledger.application.ProjectionStore;
import vn.drugctl.reporting.ledger.infrastructure.kafka.LedgerEventsListener;
import vn.drugctl.reporting.ledger.infrastructure.mongo.MongoChangeJournal;
import vn.drugctl.reporting.ledger.infrastructure.mongo.MongoCounters;
import vn.drugctl.reporting.ledger.infrastructure.mongo.MongoProjectionStore;
import vn.drugctl.reporting.hotspot.domain.HotspotProjector;
import vn.drugctl.reporting.hotspot.domain.IncidentProjector;
import vn.drugctl.reporting.hotspot.domain.SurveillanceProjector;
import vn.drugctl.reporting.registry.domain.PersonProjector;

import java.time.Clock;
import java.util.Map;

/**
 * The report ledger's beans: the projection over the Mongo stores, the batch listener with its own container
 * factory (batches of up to {@code max.poll.records}, acknowledged per batch; a failed batch is retried with backoff
 * capped at 30 s, forever: a store that is down delays the reports, it never loses events), and the recovery of
 * pending deltas before the listener starts.
 */
@Configuration(proxyBeanMethods = false)
public class LedgerConfiguration {
    private static final Logger log = LoggerFactory.getLogger(LedgerConfiguration.class);

    @Bean
    MongoProjectionStore projectionStore(MongoTemplate mongo) {
        return new MongoProjectionStore(mongo);
    }

    /** The counters as stored (the projection writes them; reports read them through the merge-aware view). */
    @Bean
    @org.springframework.context.annotation.Primary
    Counters counters(MongoTemplate mongo, UnitCatalogue units) {
        return new MongoCounters(mongo, units);
    }

    @Bean
    ChangeJournal changeJournal(MongoTemplate mongo, UnitCatalogue units) {
        return new MongoChangeJournal(mongo, units);
    }

    @Bean
    LedgerProjection ledgerProjection(ProjectionStore store, Counters counters, ChangeJournal journal, Clock clock) {
        LedgerProjection projection = new LedgerProjection(Map.of("person", new PersonProjector(),
                "hotspot", new HotspotProjector(), "incident", new IncidentProjector(),
                "surveillance", new SurveillanceProjector()), store, counters, journal, clock);
        int checked = projection.recover();
        if (checked > 0) {
            log.info("report ledger: {} pending deltas checked against the counters after a restart", checked);
        }
        return projection;
    }

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, String> ledgerListenerFactory(
            ConsumerFactory<String, String> consumers) {
        ConcurrentKafkaListenerContainerFactory<String, String> factory = new ConcurrentKafkaListenerContainerFactory<>();
        factory.setConsumerFactory(consumers);
        factory.setBatchListener(true);
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(30_000);
        factory.setCommonErrorHandler(new DefaultErrorHandler((record, e) -> {
            throw new IllegalStateException("the report ledger never gives up a batch", e);
        }, backOff));
        return factory;
    }

    @Bean
    LedgerEventsListener ledgerEventsListener(LedgerProjection projection, EventEnvelopes envelopes, JsonMapper json,
                                              KafkaTemplate<String, String> template, Clock clock,
                                              MeterRegistry meters) {
        return new LedgerEventsListener(projection, envelopes, json, template, clock, meters);
    }
}
