package vn.drugctl.reporting.edge;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.drugctl.common.testing.InProcessMongo;
import vn.drugctl.common.testing.ServiceEdgeContract;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * reporting-service on a real port: partner tokens refused on its API (its reports too), framework errors as
 * problems, an encoded slash refused as a problem, actuator on the management port only.
 */
class ReportingEdgeIT extends ServiceEdgeContract {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> InProcessMongo.uri("reporting_edge_it"));
        // no broker in this test: the projection's listener stays stopped
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:1");
        registry.add("spring.kafka.listener.auto-startup", () -> "false");
    }

    @Override
    protected String basePath() {
        return "/api/reports";
    }

    @org.junit.jupiter.api.Test
    void aPartnerTokenGetsNoReport() {
        assertProblem(get("/api/reports/units/HN/registry-summary", PARTNER), 403, "forbidden");
        assertThat(get("/api/reports/units/HN-BL-VUBAN/registry-summary", OFFICER).statusCode()).isEqualTo(200);
    }
}
