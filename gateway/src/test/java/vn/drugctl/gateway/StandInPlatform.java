package vn.drugctl.gateway;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway on a random port in front of three stand-in services and a stand-in JWK set endpoint (the real
 * Keycloak and services are exercised end to end in system-tests). Test classes extending this share one
 * application context and one set of stand-ins; the stand-ins stop with the JVM.
 * <p>
 * The hotspot route has a 1.5 s time limit (not Resilience4j's default of 1 s) so that a slow answer can be
 * tested quickly; the others keep the defaults. Clock skew is the default 30 s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class StandInPlatform {
    static final StandInServer keycloak = new StandInServer("keycloak");
    static final StandInServer registry = new StandInServer("registry");
    static final StandInServer hotspot = new StandInServer("hotspot");
    static final StandInServer reporting = new StandInServer("reporting");

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            keycloak.close();
            registry.close();
            hotspot.close();
            reporting.close();
        }));
    }

    @LocalServerPort
    int port;
    /** Where the actuator is served (a random port here; 9080 by default): never the API port. */
    @LocalManagementPort
    int managementPort;

    GatewayClient gateway;
    GatewayClient management;

    @DynamicPropertySource
    static void standIns(DynamicPropertyRegistry properties) {
        properties.add("drugctl.security.issuer-uri", () -> Tokens.ISSUER);
        properties.add("drugctl.security.jwk-set-uri", () -> keycloak.uri() + "/certs");
        properties.add("drugctl.routes.registry-uri", registry::uri);
        properties.add("drugctl.routes.hotspot-uri", hotspot::uri);
        properties.add("drugctl.routes.hotspot-timeout", () -> "1500ms");
        properties.add("drugctl.routes.reporting-uri", reporting::uri);
    }

    @BeforeEach
    void connect() {
        gateway = new GatewayClient(port);
        management = new GatewayClient(managementPort);
    }
}
