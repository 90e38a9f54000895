package vn.drugctl.systemtests.deployment;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** docker-compose.yml cannot run here (no Docker engine), so its structure is checked instead. */
@SuppressWarnings("unchecked")
class DockerComposeFileTest {
    static final Path ROOT = Path.of(System.getProperty("drugctl.root", "..")).toAbsolutePath().normalize();
    static final List<String> APPS = List.of("gateway", "registry-service", "hotspot-service", "reporting-service");
    static final List<String> INFRA = List.of("kafka", "mongo", "elasticsearch", "keycloak");

    final Map<String, Object> compose = load();
    final Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");

    static Map<String, Object> load() {
        try {
            return new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyComponentIsThereWithAPinnedImageAHealthCheckAndAMemoryLimit() {
        assertThat(services).containsOnlyKeys(concat(INFRA, APPS));
        Pattern pinned = Pattern.compile("[^:]+:\\d+(\\.\\d+)+");
        services.forEach((name, service) -> {
            assertThat((String) service.get("image")).as(name + " image").matches(pinned);
            assertThat(service).as(name).containsKeys("healthcheck", "mem_limit");
            assertThat(((Map<String, Object>) service.get("healthcheck")).get("test")).as(name).isNotNull();
        });
    }

    @Test
    void appsAreBuiltFromDockerfilesOnTemurin25AndWaitForHealthyDependencies() throws IOException {
        for (String app : APPS) {
            Map<String, Object> service = services.get(app);
            Path context = ROOT.resolve((String) service.get("build"));
            String dockerfile = Files.readString(context.resolve("Dockerfile"));
            assertThat(dockerfile).contains("FROM eclipse-temurin:25-jre").contains("target/" + app + "-0.1.0.jar")
                    .contains("USER 10001").contains("extract --layers");
            Map<String, Map<String, String>> dependsOn = (Map<String, Map<String, String>>) service.get("depends_on");
            assertThat(dependsOn).as(app).isNotEmpty().containsKey("keycloak");
            dependsOn.values().forEach(d -> assertThat(d).containsEntry("condition", "service_healthy"));
        }
        assertThat(((Map<String, Object>) services.get("registry-service").get("depends_on")))
                .containsKeys("mongo", "kafka", "elasticsearch");
        assertThat(((Map<String, Object>) services.get("gateway").get("depends_on")))
                .containsKeys("registry-service", "hotspot-service", "reporting-service");
    }

    @Test
    void kafkaRunsInKraftModeAndMongoAsAReplicaSet() {
        Map<String, Object> kafkaEnv = (Map<String, Object>) services.get("kafka").get("environment");
        assertThat(kafkaEnv.get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
        assertThat(services).doesNotContainKey("zookeeper");
        assertThat((List<String>) services.get("mongo").get("command")).contains("--replSet", "rs0");
        assertThat(String.valueOf(((Map<String, Object>) services.get("mongo").get("healthcheck")).get("test")))
                .contains("rs.initiate");
        for (String app : List.of("registry-service", "hotspot-service", "reporting-service")) {
            Map<String, Object> env = (Map<String, Object>) services.get(app).get("environment");
            assertThat((String) env.get("SPRING_MONGODB_URI")).contains("replicaSet=rs0").startsWith("mongodb://mongo:27017/");
            assertThat(env).containsKeys("SPRING_KAFKA_BOOTSTRAP_SERVERS", "DRUGCTL_SECURITY_ISSUER_URI", "SERVER_PORT");
        }
    }

    @Test
    void keycloakImportsTheRealmKeptInTheRepository() {
        List<String> volumes = (List<String>) services.get("keycloak").get("volumes");
        String realmMount = volumes.stream().filter(v -> v.contains("/opt/keycloak/data/import")).findFirst().orElseThrow();
        Path realm = ROOT.resolve(realmMount.substring(0, realmMount.indexOf(':')));
        assertThat(realm).exists();
        assertThat((List<String>) services.get("keycloak").get("command")).contains("--import-realm");
    }

    @Test
    void onlyTheGatewayAndKeycloakArePublished() {
        services.forEach((name, service) -> {
            if (!name.equals("gateway") && !name.equals("keycloak")) {
                assertThat(service).as(name).doesNotContainKey("ports");
            }
        });
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
