package vn.drugctl.hotspot.edge;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.drugctl.common.testing.InProcessMongo;
import vn.drugctl.common.testing.ServiceEdgeContract;

/**
 * hotspot-service on a real port: partner tokens refused on its API, framework errors as problems, an encoded slash
 * refused as a problem, actuator on the management port only.
 */
class HotspotEdgeIT extends ServiceEdgeContract {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> InProcessMongo.uri("hotspot_edge_it"));
    }

    @Override
    protected String basePath() {
        return "/api/hotspots";
    }
}
