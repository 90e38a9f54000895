package vn.drugctl.common.audit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.drugctl.common.audit.web.AuditEndpoints;
import vn.drugctl.common.testing.InProcessMongo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** What a service gets from platform-common's audit auto-configuration, and when it gets nothing. */
class AuditAutoConfigurationTest {
    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AuditAutoConfiguration.class))
            .withBean(Clock.class, () -> Clock.fixed(Instant.parse("2025-03-05T02:00:00Z"), ZoneOffset.UTC));

    private WebApplicationContextRunner withMongo() {
        return runner.withUserConfiguration(Mongo.class);
    }

    /** The client is a bean of its own, so that the context closes it. */
    @Configuration(proxyBeanMethods = false)
    static class Mongo {
        @Bean
        MongoClient mongoClient() {
            return MongoClients.create(InProcessMongo.uri("audit_ac"));
        }

        @Bean
        MongoTemplate mongoTemplate(MongoClient client) {
            return new MongoTemplate(client, "audit_ac");
        }
    }

    @Test
    void aServiceWithMongoGetsTheTrailItsReadingAndItsEndpointsOnItsClock() {
        withMongo()
                .withPropertyValues("drugctl.audit.zone=Asia/Ho_Chi_Minh")
                .run(context -> {
                    assertThat(context).hasSingleBean(MongoAuditTrail.class).hasSingleBean(AuditTrail.class)
                            .hasSingleBean(AuditLog.class).hasSingleBean(ReadingAuditTrail.class)
                            .hasSingleBean(AuditEndpoints.class);
                    assertThat(context.getBean(AuditEntries.class).of(Scopes.communeOfficer("HN-BL-VUBAN"), "hotspot",
                            "h-1", "HN-BL-VUBAN", java.util.List.of("HN", "HN-BL", "HN-BL-VUBAN"), AuditAction.READ,
                            "full record", null, null).at()).isEqualTo(Instant.parse("2025-03-05T02:00:00Z"));
                });
    }

    @Test
    void withoutMongoThereIsNoTrail() {
        runner.run(context -> assertThat(context).doesNotHaveBean(AuditTrail.class)
                .doesNotHaveBean(ReadingAuditTrail.class).doesNotHaveBean(AuditEndpoints.class));
    }

    @Test
    void anInvalidZoneStopsStartUp() {
        withMongo()
                .withPropertyValues("drugctl.audit.zone=Mars/Olympus")
                .run(context -> assertThat(context).hasFailed());
    }
}
