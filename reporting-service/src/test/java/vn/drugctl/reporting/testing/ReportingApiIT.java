package vn.drugctl.reporting.testing;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import vn.drugctl.common.testing.InProcessMongo;
import vn.drugctl.common.testing.KafkaOnDemand;

/**
 * The base of reporting-service's API integration tests: the real application on a real Kafka broker (the services'
 * topics and their dead-letter topics) and the MongoDB-wire server, reached through MockMvc with the platform's test
 * tokens; the services the reconciliation asks are {@link SourceStub}s. One broker and one application context for
 * every test class that extends it (Spring caches the context: the classes share its data, so each test uses its own
 * units or records); the broker stops with the JVM.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class ReportingApiIT {
    protected static final KafkaOnDemand kafka = new KafkaOnDemand().start("registry.events.v1",
            "registry.events.v1.DLT", "hotspot.events.v1", "hotspot.events.v1.DLT");

    /** registry-service's and hotspot-service's reconciliation endpoints, as each test sets them. */
    protected static final SourceStub registrySource = new SourceStub("/api/registry/reconciliation/units");
    protected static final SourceStub hotspotSource = new SourceStub("/api/hotspots/reconciliation/units");

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "kafka-on-demand-stop"));
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> InProcessMongo.uri("reporting_api_it"));
        registry.add("spring.kafka.bootstrap-servers", kafka::bootstrapServers);
        registry.add("drugctl.reconciliation.registry-url", registrySource::url);
        registry.add("drugctl.reconciliation.hotspot-url", hotspotSource::url);
    }

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected MongoTemplate mongo;
    @Autowired
    protected JsonMapper json;
}
