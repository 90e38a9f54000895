package vn.drugctl.systemtests.deployment;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml cannot run here (no Docker engine), so its production posture is checked on the file: every
 * server authenticates its clients (Keycloak in production mode over TLS, MongoDB with --auth and a keyfile, Kafka
 * with SASL/SCRAM, Elasticsearch with security on), every secret comes from the environment and stops compose when
 * missing, the actuators stay on unpublished management ports, the JVMs run for throughput.
 */
@SuppressWarnings("unchecked")
class DockerComposeFileTest {
    static final Path ROOT = Path.of(System.getProperty("drugctl.root", "..")).toAbsolutePath().normalize();
    static final List<String> APPS = List.of("gateway", "registry-service", "hotspot-service", "reporting-service");
    static final List<String> INFRA = List.of("kafka", "mongo", "elasticsearch", "keycloak-db", "keycloak");
    /** API port and management (actuator) port of each service and the gateway. */
    static final Map<String, List<Integer>> PORTS = Map.of("gateway", List.of(8080, 9080),
            "registry-service", List.of(8081, 9081), "hotspot-service", List.of(8082, 9082),
            "reporting-service", List.of(8083, 9083));
    /** ${VAR:?message}: compose stops with the message when VAR is unset or empty. */
    static final Pattern REQUIRED = Pattern.compile("\\$\\{([A-Z0-9_]+):\\?[^}]+}");
    static final Pattern ANY_REFERENCE = Pattern.compile("\\$\\{([A-Z0-9_]+)([^}]*)}");

    final String text = Kustomize.read(ROOT.resolve("docker-compose.yml"));
    final Map<String, Object> compose = new Yaml().load(text);
    final Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");

    @Test
    void everyComponentIsThereWithAPinnedImageAHealthCheckAndAMemoryLimit() {
        assertThat(services).containsOnlyKeys(Stream.concat(INFRA.stream(), APPS.stream()).toList());
        Pattern pinned = Pattern.compile("[^:]+:\\d+(\\.\\d+)+");
        services.forEach((name, service) -> {
            assertThat((String) service.get("image")).as(name + " image").matches(pinned);
            assertThat(service).as(name).containsKeys("healthcheck", "mem_limit");
            assertThat(((Map<String, Object>) service.get("healthcheck")).get("test")).as(name).isNotNull();
        });
    }

    @Test
    void appsAreBuiltFromDockerfilesOnTemurin25RunHardenedAndWaitForHealthyDependencies() throws IOException {
        for (String app : APPS) {
            Map<String, Object> service = services.get(app);
            Path context = ROOT.resolve((String) service.get("build"));
            String dockerfile = Files.readString(context.resolve("Dockerfile"));
            assertThat(dockerfile).contains("FROM eclipse-temurin:25-jre").contains("target/" + app + "-0.1.0.jar")
                    .contains("USER 10001").contains("extract --layers");
            assertThat(service).as(app).containsEntry("read_only", true).containsEntry("cap_drop", List.of("ALL"))
                    .containsEntry("security_opt", List.of("no-new-privileges:true")).containsEntry("tmpfs", List.of("/tmp"));
            Map<String, Map<String, String>> dependsOn = (Map<String, Map<String, String>>) service.get("depends_on");
            assertThat(dependsOn).as(app).isNotEmpty().containsKey("keycloak");
            dependsOn.values().forEach(d -> assertThat(d).containsEntry("condition", "service_healthy"));
        }
        assertThat((Map<String, Object>) services.get("registry-service").get("depends_on"))
                .containsKeys("mongo", "kafka", "elasticsearch");
        assertThat((Map<String, Object>) services.get("gateway").get("depends_on"))
                .containsKeys("registry-service", "hotspot-service", "reporting-service");
        assertThat((Map<String, Object>) services.get("keycloak").get("depends_on")).containsKey("keycloak-db");
    }

    @Test
    void keycloakRunsInProductionModeOverTlsOnPostgresAndImportsTheProductionRealm() {
        Map<String, Object> keycloak = services.get("keycloak");
        List<String> command = (List<String>) keycloak.get("command");
        assertThat(command.getFirst()).isEqualTo("start");
        assertThat(command).doesNotContain("start-dev").contains("--import-realm");
        Map<String, Object> env = env("keycloak");
        assertThat(env).containsEntry("KC_DB", "postgres").containsKeys("KC_HTTPS_CERTIFICATE_FILE", "KC_HTTPS_CERTIFICATE_KEY_FILE");
        assertThat(String.valueOf(env.get("KC_HOSTNAME"))).matches(REQUIRED);
        assertThat(String.valueOf(env.get("DRUGCTL_WEB_ORIGIN"))).as("the realm's placeholder").matches(REQUIRED);
        List<String> volumes = (List<String>) keycloak.get("volumes");
        String realmMount = volumes.stream().filter(v -> v.contains("/opt/keycloak/data/import")).findFirst().orElseThrow();
        assertThat(realmMount).startsWith("./config/keycloak/drugctl-realm.prod.json:");
        assertThat(ROOT.resolve(realmMount.substring(0, realmMount.indexOf(':')))).exists();
        assertThat(volumes).as("the demo realm").noneMatch(v -> v.startsWith("./config/keycloak/drugctl-realm.json"));
        assertThat((List<String>) keycloak.get("ports")).containsExactly("8443:8443");
    }

    @Test
    void mongoRunsAsAReplicaSetWithAccessControlAKeyfileAndOneUserPerService() {
        List<String> command = (List<String>) services.get("mongo").get("command");
        assertThat(command).containsSequence("--replSet", "rs0").contains("--auth", "--keyFile");
        assertThat((List<String>) services.get("mongo").get("entrypoint")).contains("/opt/drugctl/start.sh");
        assertThat(services.get("mongo").get("volumes").toString()).contains("./compose/mongo:/opt/drugctl:ro");
        String start = Kustomize.read(ROOT.resolve("compose/mongo/start.sh"));
        assertThat(start).contains("MONGO_REPLICA_SET_KEY").contains("chmod 400").contains("init-users.js");
        String users = Kustomize.read(ROOT.resolve("compose/mongo/init-users.js"));
        Map<String, String> databases = Map.of("registry-service", "registry", "hotspot-service", "hotspot",
                "reporting-service", "reporting");
        databases.forEach((app, user) -> {
            assertThat(users).contains("{ user: '" + user + "', password: required('MONGO_" + user.toUpperCase()
                    + "_PASSWORD'), db: 'drugctl_" + user + "' }");
            String uri = (String) env(app).get("SPRING_MONGODB_URI");
            assertThat(uri).matches("mongodb://" + user + ":" + REQUIRED.pattern() + "@mongo:27017/drugctl_" + user
                    + "\\?replicaSet=rs0&authSource=admin");
            assertThat(env(app)).containsEntry("SPRING_MONGODB_DATABASE", "drugctl_" + user);
        });
        assertThat(users).contains("role: 'readWrite', db: service.db").doesNotContain("readWriteAnyDatabase");
    }

    @Test
    void kafkaAcceptsOnlyScramAuthenticatedClientsAndKeepsItsControllerOnLoopback() {
        assertThat((List<String>) services.get("kafka").get("entrypoint")).contains("/opt/drugctl/start.sh");
        String start = Kustomize.read(ROOT.resolve("compose/kafka/start.sh"));
        Matcher listeners = Pattern.compile("(?m)^listeners=(.*)$").matcher(start);
        assertThat(listeners.find()).isTrue();
        for (String listener : listeners.group(1).split(",")) {
            assertThat(listener).as("listener").matches("SASL_PLAINTEXT://:\\$CLIENT_PORT|CONTROLLER://localhost:\\$CONTROLLER_PORT");
        }
        assertThat(start).contains("listener.security.protocol.map=CONTROLLER:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT")
                .contains("sasl.enabled.mechanisms=SCRAM-SHA-512")
                .contains("--add-scram \"SCRAM-SHA-512=[name=registry,password=$KAFKA_REGISTRY_PASSWORD]\"")
                .contains("--add-scram \"SCRAM-SHA-512=[name=hotspot,password=$KAFKA_HOTSPOT_PASSWORD]\"")
                .contains("--add-scram \"SCRAM-SHA-512=[name=reporting,password=$KAFKA_REPORTING_PASSWORD]\"");
        for (String app : List.of("registry-service", "hotspot-service", "reporting-service")) {
            Map<String, Object> env = env(app);
            String user = app.replace("-service", "");
            assertThat(env).containsEntry("SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
                    .containsEntry("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512")
                    .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092");
            assertThat((String) env.get("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG")).matches(
                    "org\\.apache\\.kafka\\.common\\.security\\.scram\\.ScramLoginModule required username=\"" + user
                            + "\" password=\"" + REQUIRED.pattern() + "\";");
        }
    }

    @Test
    void elasticsearchHasSecurityOnAndRegistryServiceItsOwnUser() {
        Map<String, Object> env = env("elasticsearch");
        assertThat(env).containsEntry("xpack.security.enabled", "true");
        assertThat((String) env.get("ELASTIC_PASSWORD")).matches(REQUIRED);
        assertThat(Kustomize.read(ROOT.resolve("compose/elasticsearch/start.sh")))
                .contains("useradd drugctl-registry -p \"$ES_REGISTRY_PASSWORD\" -r drugctl_registry");
        assertThat(Kustomize.read(ROOT.resolve("compose/elasticsearch/roles.yml"))).contains("drugctl_registry:")
                .contains("names: [\"drugctl-*\"]");
        Map<String, Object> registry = env("registry-service");
        assertThat(registry).containsEntry("DRUGCTL_ELASTICSEARCH_URIS", "http://elasticsearch:9200")
                .containsEntry("DRUGCTL_ELASTICSEARCH_USERNAME", "drugctl-registry");
        assertThat((String) registry.get("DRUGCTL_ELASTICSEARCH_PASSWORD")).matches(REQUIRED);
    }

    @Test
    void reportingAsksTheServicesThemselvesForTheReconciliation() {
        assertThat(env("reporting-service"))
                .containsEntry("DRUGCTL_RECONCILIATION_REGISTRY_URL", "http://registry-service:8081")
                .containsEntry("DRUGCTL_RECONCILIATION_HOTSPOT_URL", "http://hotspot-service:8082");
    }

    @Test
    void everySecretComesFromTheEnvironmentAndStopsComposeWhenMissing() {
        Pattern secretName = Pattern.compile(".*(PASSWORD|SECRET|_KEY)$");
        List<String> literal = new ArrayList<>();
        services.forEach((name, service) -> env(name).forEach((key, value) -> {
            if (secretName.matcher(key).matches() && !String.valueOf(value).matches(REQUIRED.pattern())) {
                literal.add(name + "." + key + "=" + value);
            }
        }));
        assertThat(literal).as("secrets not taken from ${VAR:?message}").isEmpty();
        Set<String> required = new TreeSet<>();
        String withoutComments = String.join("\n", text.lines().filter(line -> !line.strip().startsWith("#")).toList());
        Matcher references = ANY_REFERENCE.matcher(withoutComments);
        while (references.find()) {
            if (secretName.matcher(references.group(1)).matches()) {
                assertThat(references.group(2)).as(references.group(1) + " must be required").startsWith(":?");
            }
            if (references.group(2).startsWith(":?")) {
                required.add(references.group(1));
            }
        }
        Map<String, String> example = envExample();
        assertThat(example.keySet()).as(".env.example lists every required variable").containsAll(required);
        example.forEach((key, value) -> {
            if (secretName.matcher(key).matches()) {
                assertThat(value).as(key + " in .env.example").isEmpty();
            }
        });
        assertThat(Kustomize.read(ROOT.resolve(".gitignore")).lines()).contains(".env", "secrets/");
    }

    @Test
    void noServicePublishesAnActuatorOnlyTheGatewayApiAndKeycloakOverTls() {
        services.forEach((name, service) -> {
            if (!name.equals("gateway") && !name.equals("keycloak")) {
                assertThat(service).as(name).doesNotContainKey("ports");
            }
        });
        String gateway = ((List<String>) services.get("gateway").get("ports")).getFirst();
        assertThat(gateway).endsWith(":8080:8080");
        assertThat((List<String>) services.get("gateway").get("ports")).hasSize(1);
        for (Map<String, Object> service : services.values()) {
            for (String published : (List<String>) service.getOrDefault("ports", List.of())) {
                int container = Integer.parseInt(published.substring(published.lastIndexOf(':') + 1));
                assertThat(container / 100).as(published + " is an actuator or management port").isNotEqualTo(90);
            }
        }
    }

    @Test
    void healthChecksAskTheManagementPortsAndTheJvmsRunForThroughput() throws IOException {
        PORTS.forEach((app, ports) -> {
            Map<String, Object> env = env(app);
            assertThat(env).containsEntry("SERVER_PORT", ports.get(0)).containsEntry("MANAGEMENT_SERVER_PORT", ports.get(1));
            assertThat(String.valueOf(((Map<String, Object>) services.get(app).get("healthcheck")).get("test")))
                    .contains("http://127.0.0.1:" + ports.get(1) + "/actuator/health/readiness");
            assertThroughputFlags(app, (String) env.get("JAVA_TOOL_OPTIONS"));
        });
        for (String app : APPS) {
            String dockerfile = Files.readString(ROOT.resolve(app).resolve("Dockerfile"));
            int api = PORTS.get(app).get(0);
            int management = PORTS.get(app).get(1);
            assertThat(dockerfile).contains("MANAGEMENT_SERVER_PORT=" + management)
                    .contains("curl -fs http://127.0.0.1:" + management + "/actuator/health/readiness")
                    .doesNotContain("127.0.0.1:" + api + "/actuator");
            Matcher options = Pattern.compile("JAVA_TOOL_OPTIONS=\"([^\"]+)\"").matcher(dockerfile);
            assertThat(options.find()).as(app + " Dockerfile sets JAVA_TOOL_OPTIONS").isTrue();
            assertThroughputFlags(app + " Dockerfile", options.group(1));
            assertThat(dockerfile).doesNotContain("TieredStopAtLevel").doesNotContain("SerialGC");
        }
    }

    static void assertThroughputFlags(String where, String options) {
        assertThat(options).as(where).contains("-XX:+UseG1GC").contains("-XX:MaxRAMPercentage=75")
                .contains("-XX:+ExitOnOutOfMemoryError").doesNotContain("TieredStopAtLevel").doesNotContain("SerialGC");
    }

    private Map<String, Object> env(String service) {
        return new LinkedHashMap<>((Map<String, Object>) services.get(service).get("environment"));
    }

    private static Map<String, String> envExample() {
        Map<String, String> values = new LinkedHashMap<>();
        Kustomize.read(ROOT.resolve(".env.example")).lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .forEach(line -> values.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
        return values;
    }
}
