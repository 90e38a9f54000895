package vn.drugctl.systemtests.e2e;

import vn.drugctl.common.testing.InProcessMongo;
import vn.drugctl.common.testing.KafkaOnDemand;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The platform as a user meets it: the real Keycloak (child process), Kafka and the MongoDB-wire server
 * (in this JVM), and the gateway and the three services started from their jars as child processes.
 *
 * <p>Started once per test JVM ({@link #shared()}) and stopped when the JVM exits, so every end-to-end class
 * shares one platform (a start costs minutes on a small machine); the classes therefore never assume an empty
 * store and make their own records unique. A start that fails is remembered: the next class fails at once with
 * the same cause instead of waiting minutes for the same failure.
 */
final class PlatformUnderTest implements AutoCloseable {
    private static final List<String> SERVICES = List.of("registry-service", "hotspot-service", "reporting-service");
    /** Each service's "who am I" through its own API base path: answers 200 to any platform user's token. */
    private static final Map<String, String> ME = Map.of("registry-service", "/api/registry/me",
            "hotspot-service", "/api/hotspots/me", "reporting-service", "/api/reports/me");
    private static PlatformUnderTest shared;
    private static RuntimeException failedStart;

    private final TestKeycloak keycloak;
    private final KafkaOnDemand kafka;
    private final Path root;
    private final Map<String, ServiceProcess> processes = new HashMap<>();
    private final Map<String, Map<String, String>> environments = new HashMap<>();
    private final Map<String, Integer> ports = new HashMap<>();
    private final Map<String, Integer> managementPorts = new HashMap<>();

    private PlatformUnderTest(TestKeycloak keycloak, KafkaOnDemand kafka, Path root) {
        this.keycloak = keycloak;
        this.kafka = kafka;
        this.root = root;
    }

    /** The platform of this test JVM, started on first use; stopped by a shutdown hook. */
    static synchronized PlatformUnderTest shared() {
        if (failedStart != null) {
            throw new IllegalStateException("The platform failed to start for an earlier test class", failedStart);
        }
        if (shared == null) {
            try {
                shared = start();
            } catch (RuntimeException e) {
                failedStart = e;
                throw e;
            }
            PlatformUnderTest started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "platform-under-test-stop"));
        }
        return shared;
    }

    private static PlatformUnderTest start() {
        Path root = Path.of(System.getProperty("drugctl.root", "..")).toAbsolutePath().normalize();
        TestKeycloak keycloak = TestKeycloak.shared();
        KafkaOnDemand kafka = new KafkaOnDemand().start("registry.events.v1", "registry.events.v1.DLT",
                "hotspot.events.v1", "hotspot.events.v1.DLT");
        PlatformUnderTest platform = new PlatformUnderTest(keycloak, kafka, root);
        try {
            platform.launchAll();
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    private void launchAll() {
        for (String service : SERVICES) {
            ports.put(service, ServiceProcess.freePort());
            managementPorts.put(service, ServiceProcess.freePort());
        }
        ports.put("gateway", ServiceProcess.freePort());
        managementPorts.put("gateway", ServiceProcess.freePort());
        for (String service : SERVICES) {
            String database = "drugctl_" + service.replace("-service", "") + "_e2e";
            Map<String, String> env = new HashMap<>(common());
            env.put("SPRING_MONGODB_URI", InProcessMongo.uri(database));
            env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
            environments.put(service, env);
        }
        // the reconciliation asks the services themselves, not the gateway
        environments.get("reporting-service").put("DRUGCTL_RECONCILIATION_REGISTRY_URL",
                "http://127.0.0.1:" + ports.get("registry-service"));
        environments.get("reporting-service").put("DRUGCTL_RECONCILIATION_HOTSPOT_URL",
                "http://127.0.0.1:" + ports.get("hotspot-service"));
        Map<String, String> gateway = new HashMap<>(common());
        gateway.put("DRUGCTL_ROUTES_REGISTRY_URI", "http://127.0.0.1:" + ports.get("registry-service"));
        gateway.put("DRUGCTL_ROUTES_HOTSPOT_URI", "http://127.0.0.1:" + ports.get("hotspot-service"));
        gateway.put("DRUGCTL_ROUTES_REPORTING_URI", "http://127.0.0.1:" + ports.get("reporting-service"));
        environments.put("gateway", gateway);
        environments.keySet().forEach(this::launch);
        processes.values().forEach(p -> p.awaitReady(Duration.ofMinutes(3)));
        awaitTokensAccepted(Duration.ofSeconds(90));
    }

    /**
     * Ready also means each service can verify a Keycloak token (it fetches the realm's keys on first use);
     * fails with the services' logs if one never does.
     */
    private void awaitTokensAccepted(Duration timeout) {
        for (var entry : ME.entrySet()) {
            try {
                org.awaitility.Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                        .until(() -> callService(entry.getKey(), entry.getValue(),
                                keycloak.passwordToken("test-cli", "officer.vuban", "demo")) == 200);
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                throw new IllegalStateException(entry.getKey() + " does not accept a Keycloak token\n" + logTails(), e);
            }
        }
    }

    private Map<String, String> common() {
        return Map.of("DRUGCTL_SECURITY_ISSUER_URI", keycloak.issuerUri(),
                // tight skew so the expiry test does not wait long; production keeps 30 s
                "DRUGCTL_SECURITY_CLOCK_SKEW", "1s", "LOGGING_LEVEL_ORG_SPRINGFRAMEWORK_SECURITY", "DEBUG");
    }

    private ServiceProcess launch(String name) {
        ServiceProcess process = ServiceProcess.start(root, name, ports.get(name), managementPorts.get(name),
                environments.get(name));
        processes.put(name, process);
        return process;
    }

    String gatewayUrl() {
        return processes.get("gateway").baseUrl();
    }

    TestKeycloak keycloak() {
        return keycloak;
    }

    /** The API base URL of a component (gateway or service). */
    String url(String component) {
        return processes.get(component).baseUrl();
    }

    /** The actuator's base URL of a component: its management port. */
    String managementUrl(String component) {
        return processes.get(component).managementUrl();
    }

    /** Calls a service directly, bypassing the gateway; returns the status code. */
    int callService(String service, String path, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(processes.get(service).baseUrl() + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The Kafka broker the services use (for a test's admin client). */
    String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /**
     * Runs {@code action} while hotspot-service is stopped, then starts it again and waits until a user's call
     * through the gateway reaches it (the platform is shared: the next test class needs it whole).
     */
    <T> T withHotspotServiceStopped(Callable<T> action) throws Exception {
        return withServiceStopped("hotspot-service", action);
    }

    /**
     * Runs {@code action} while {@code service} (one of the three services) is stopped, then starts it again, on the
     * same ports and with the same environment, and waits until a user's call through the gateway reaches it.
     */
    <T> T withServiceStopped(String service, Callable<T> action) throws Exception {
        if (!SERVICES.contains(service)) {
            throw new IllegalArgumentException("not a service of the platform: " + service);
        }
        processes.remove(service).close();
        try {
            return action.call();
        } finally {
            launch(service).awaitReady(Duration.ofMinutes(3));
            String token = keycloak.passwordToken("test-cli", "officer.vuban", "demo");
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                    .ignoreExceptions().until(() -> http.send(HttpRequest.newBuilder(
                                    URI.create(gatewayUrl() + ME.get(service))).header("Authorization", "Bearer " + token)
                            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding())
                            .statusCode() == 200);
        }
    }

    /** Stops {@code service} and starts it again (see {@link #withServiceStopped}). */
    void restart(String service) throws Exception {
        withServiceStopped(service, () -> null);
    }

    /** The end of each process's log, to explain a failed assertion. */
    String logTails() {
        StringBuilder tails = new StringBuilder();
        processes.forEach((name, p) -> tails.append("---- ").append(name).append('\n').append(p.tail()).append('\n'));
        return tails.toString();
    }

    @Override
    public synchronized void close() {
        processes.values().forEach(ServiceProcess::close);
        processes.clear();
        kafka.close();
    }
}
