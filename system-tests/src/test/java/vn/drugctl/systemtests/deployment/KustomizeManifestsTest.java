package vn.drugctl.systemtests.deployment;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The services' manifests (k8s/base) and the province overlay (k8s/overlays/ha-nam), built with {@link Kustomize}:
 * probes and metrics on the management ports that no Service exposes, autoscalers, throughput JVMs, credentials only
 * from the Secrets that the operators (or the operator person) create, and the province's public names in agreement
 * (issuer, Keycloak hostname, Ingress hosts, web origin).
 */
@SuppressWarnings("unchecked")
class KustomizeManifestsTest {
    static final Path K8S = DockerComposeFileTest.ROOT.resolve("k8s");
    static final Map<String, List<Integer>> PORTS = DockerComposeFileTest.PORTS;
    static final String NAMESPACE = "drugctl-ha-nam";

    final List<Map<String, Object>> base = Kustomize.build(K8S.resolve("base"));
    final List<Map<String, Object>> overlay = Kustomize.build(K8S.resolve("overlays/ha-nam"));

    @Test
    void everyKustomizationBuildsAndEveryManifestFileIsPartOfOne() throws IOException {
        Set<Path> referenced = new HashSet<>();
        List<Path> kustomizations;
        try (Stream<Path> files = Files.walk(K8S)) {
            kustomizations = files.filter(f -> f.getFileName().toString().equals("kustomization.yaml")).toList();
        }
        assertThat(kustomizations).hasSizeGreaterThanOrEqualTo(4);
        for (Path kustomization : kustomizations) {
            Path dir = kustomization.getParent();
            List<Map<String, Object>> objects = Kustomize.build(dir);
            assertThat(objects).as(dir.toString()).isNotEmpty().allSatisfy(o -> {
                assertThat(o).containsKeys("apiVersion", "kind", "metadata");
                assertThat(Kustomize.name(o)).isNotBlank();
            });
            Map<String, Object> k = Kustomize.loadOne(kustomization);
            ((List<String>) k.getOrDefault("resources", List.of())).forEach(r -> referenced.add(dir.resolve(r).normalize()));
            ((List<Map<String, Object>>) k.getOrDefault("patches", List.of()))
                    .forEach(p -> referenced.add(dir.resolve((String) p.get("path")).normalize()));
        }
        try (Stream<Path> files = Files.walk(K8S)) {
            List<Path> manifests = files.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> !f.getFileName().toString().equals("kustomization.yaml")).toList();
            assertThat(manifests).allSatisfy(m -> assertThat(referenced).as("a kustomization lists " + K8S.relativize(m)).contains(m));
        }
    }

    @Test
    void baseHasDeploymentServiceConfigDisruptionBudgetAndAutoscalerPerService() {
        PORTS.keySet().forEach(service -> {
            assertThat(find(base, "Deployment", service)).as(service).isNotNull();
            assertThat(find(base, "Service", service)).as(service).isNotNull();
            assertThat(find(base, "PodDisruptionBudget", service)).as(service).isNotNull();
            assertThat(find(base, "ConfigMap", service + "-config")).as(service).isNotNull();
            Map<String, Object> hpa = spec(find(base, "HorizontalPodAutoscaler", service));
            assertThat((Map<String, Object>) hpa.get("scaleTargetRef")).containsEntry("kind", "Deployment").containsEntry("name", service);
            assertThat((Integer) hpa.get("minReplicas")).as(service + " minReplicas").isGreaterThanOrEqualTo(2);
            assertThat((Integer) hpa.get("maxReplicas")).isGreaterThan((Integer) hpa.get("minReplicas"));
            Map<String, Object> metric = ((List<Map<String, Object>>) hpa.get("metrics")).getFirst();
            assertThat(metric).containsEntry("type", "Resource");
            assertThat((Map<String, Object>) metric.get("resource")).containsEntry("name", "cpu");
            assertThat(spec(find(base, "Deployment", service))).as("replicas belong to the autoscaler").doesNotContainKey("replicas");
        });
    }

    @Test
    void probesAndPrometheusUseTheManagementPortWhichNoServiceExposes() {
        PORTS.forEach((service, ports) -> {
            int api = ports.get(0);
            int management = ports.get(1);
            Map<String, Object> c = container(base, service);
            assertThat((List<Map<String, Object>>) c.get("ports")).containsExactlyInAnyOrder(
                    Map.of("name", "http", "containerPort", api), Map.of("name", "management", "containerPort", management));
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                Map<String, Object> get = (Map<String, Object>) ((Map<String, Object>) c.get(probe)).get("httpGet");
                assertThat(get).as(service + " " + probe).containsEntry("port", "management");
                assertThat((String) get.get("path")).startsWith("/actuator/health/");
            }
            assertThat((String) ((Map<String, Object>) ((Map<String, Object>) c.get("readinessProbe")).get("httpGet")).get("path"))
                    .isEqualTo("/actuator/health/readiness");
            Map<String, Object> annotations = (Map<String, Object>) Kustomize.metadata(
                    (Map<String, Object>) spec(find(base, "Deployment", service)).get("template")).get("annotations");
            assertThat(annotations).containsEntry("prometheus.io/port", String.valueOf(management))
                    .containsEntry("prometheus.io/path", "/actuator/prometheus");
            assertThat(configData(base, service)).containsEntry("SERVER_PORT", String.valueOf(api))
                    .containsEntry("MANAGEMENT_SERVER_PORT", String.valueOf(management));
            assertThat((List<Map<String, Object>>) spec(find(base, "Service", service)).get("ports"))
                    .containsExactly(Map.of("name", "http", "port", api, "targetPort", "http"));
        });
        for (Map<String, Object> service : all(overlay, "Service")) {
            for (Map<String, Object> port : (List<Map<String, Object>>) spec(service).get("ports")) {
                assertThat(port.get("port")).as(Kustomize.name(service)).isNotIn(9080, 9081, 9082, 9083);
                assertThat(port.get("targetPort")).as(Kustomize.name(service)).isNotIn("management", 9080, 9081, 9082, 9083);
            }
        }
    }

    @Test
    void everyContainerHasResourcesASecureContextAndAThroughputJvm() {
        PORTS.keySet().forEach(service -> {
            Map<String, Object> c = container(base, service);
            Map<String, Map<String, Object>> resources = (Map<String, Map<String, Object>>) c.get("resources");
            assertThat(resources.get("requests")).containsKeys("cpu", "memory");
            assertThat(resources.get("limits")).containsKeys("cpu", "memory");
            assertThat((Map<String, Object>) c.get("securityContext")).containsEntry("readOnlyRootFilesystem", true)
                    .containsEntry("allowPrivilegeEscalation", false);
            Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>) spec(find(base, "Deployment", service)).get("template")).get("spec");
            assertThat((Map<String, Object>) pod.get("securityContext")).containsEntry("runAsNonRoot", true);
            DockerComposeFileTest.assertThroughputFlags(service, configData(base, service).get("JAVA_TOOL_OPTIONS"));
        });
    }

    @Test
    void credentialsComeOnlyFromSecretsThatTheOperatorsWriteForEachService() {
        for (Map<String, Object> c : Kustomize.podTemplateContainers(overlay)) {
            for (Map<String, Object> env : (List<Map<String, Object>>) c.getOrDefault("env", List.of())) {
                assertThat(env).as(String.valueOf(env.get("name"))).doesNotContainKey("value");
                assertThat((Map<String, Object>) env.get("valueFrom")).containsKey("secretKeyRef");
            }
        }
        for (Map<String, Object> o : all(overlay, "ConfigMap")) {
            ((Map<String, Object>) o.get("data")).forEach((k, v) ->
                    assertThat(String.valueOf(v)).as(k).doesNotContainIgnoringCase("password").doesNotContain("@"));
        }
        Map<String, Object> mongo = spec(one(overlay, "MongoDBCommunity"));
        Map<String, Object> kafka = one(overlay, "Kafka");
        Map<String, Object> tlsListener = ((List<Map<String, Object>>) ((Map<String, Object>) spec(kafka).get("kafka")).get("listeners"))
                .stream().filter(l -> Boolean.TRUE.equals(l.get("tls"))).findFirst().orElseThrow();
        for (String service : List.of("registry-service", "hotspot-service", "reporting-service")) {
            Map<String, Object> user = ((List<Map<String, Object>>) mongo.get("users")).stream()
                    .filter(u -> service.equals(u.get("name"))).findFirst().orElseThrow();
            assertThat(secretRef(service, "SPRING_MONGODB_URI"))
                    .isEqualTo(List.of(user.get("connectionStringSecretName"), "connectionString.standard"));
            Map<String, Object> role = ((List<Map<String, Object>>) user.get("roles")).getFirst();
            assertThat(configData(overlay, service)).containsEntry("SPRING_MONGODB_DATABASE", (String) role.get("db"));
            assertThat(find(overlay, "KafkaUser", service)).as("KafkaUser " + service).isNotNull();
            assertThat(secretRef(service, "SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG")).isEqualTo(List.of(service, "sasl.jaas.config"));
            assertThat(configData(overlay, service))
                    .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", Kustomize.name(kafka) + "-kafka-bootstrap:" + tlsListener.get("port"))
                    .containsEntry("SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
                    .containsEntry("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512")
                    .containsEntry("SPRING_KAFKA_SSL_TRUST_STORE_LOCATION", "file:/etc/drugctl/kafka-ca/ca.crt");
            assertThat(secretVolumes(service)).containsEntry("/etc/drugctl/kafka-ca", Kustomize.name(kafka) + "-cluster-ca-cert");
        }
        Map<String, Object> es = one(overlay, "Elasticsearch");
        List<Map<String, Object>> fileRealm = (List<Map<String, Object>>) ((Map<String, Object>) spec(es).get("auth")).get("fileRealm");
        assertThat(secretRef("registry-service", "DRUGCTL_ELASTICSEARCH_USERNAME").getFirst()).isEqualTo(fileRealm.getFirst().get("secretName"));
        assertThat(secretRef("registry-service", "DRUGCTL_ELASTICSEARCH_PASSWORD"))
                .isEqualTo(List.of(fileRealm.getFirst().get("secretName"), "password"));
        assertThat(configData(overlay, "registry-service"))
                .containsEntry("DRUGCTL_ELASTICSEARCH_URIS", "https://" + Kustomize.name(es) + "-es-http:9200");
        assertThat(secretVolumes("registry-service"))
                .containsEntry("/etc/drugctl/elasticsearch-ca", Kustomize.name(es) + "-es-http-certs-public");
        String keycloakService = Kustomize.name(one(overlay, "Keycloak")) + "-service";
        PORTS.keySet().forEach(service -> assertThat(URI.create(configData(overlay, service).get("DRUGCTL_SECURITY_JWK_SET_URI")))
                .hasHost(keycloakService).hasPort(8080).hasPath("/realms/drugctl/protocol/openid-connect/certs"));
    }

    @Test
    void noCommittedSecretHoldsACredential() {
        List<Map<String, Object>> secrets = all(overlay, "Secret");
        assertThat(secrets).extracting(Kustomize::name).containsExactly("drugctl-es-roles");
        Map<String, Object> roles = secrets.getFirst();
        assertThat(roles).doesNotContainKey("data");
        assertThat((Map<String, Object>) roles.get("stringData")).containsOnlyKeys("roles.yml");
        assertThat(String.valueOf(((Map<String, Object>) roles.get("stringData")).get("roles.yml")))
                .doesNotContainIgnoringCase("password").doesNotContain("$2a$");
    }

    @Test
    void theReadmeCreatesEverySecretThatNoOperatorGenerates() {
        String readme = Kustomize.read(K8S.resolve("README.md"));
        List<String> handMade = new ArrayList<>();
        for (Map<String, Object> user : (List<Map<String, Object>>) spec(one(overlay, "MongoDBCommunity")).get("users")) {
            handMade.add((String) ((Map<String, Object>) user.get("passwordSecretRef")).get("name"));
        }
        for (Map<String, Object> realm : (List<Map<String, Object>>) ((Map<String, Object>) spec(one(overlay, "Elasticsearch")).get("auth")).get("fileRealm")) {
            handMade.add((String) realm.get("secretName"));
        }
        assertThat(handMade).hasSize(4).allSatisfy(secret ->
                assertThat(readme).as("k8s/README.md creates " + secret).contains("create secret generic " + secret + " "));
    }

    @Test
    void provinceOverlaySetsNamespaceImagesAndOneSetOfPublicNames() {
        overlay.stream().filter(o -> !"Namespace".equals(o.get("kind"))).forEach(o ->
                assertThat(Kustomize.metadata(o)).as(o.get("kind") + "/" + Kustomize.name(o)).containsEntry("namespace", NAMESPACE));
        assertThat((Map<String, Object>) Kustomize.metadata(find(overlay, "Namespace", NAMESPACE)).get("labels"))
                .containsEntry("pod-security.kubernetes.io/enforce", "baseline");
        String issuer = "https://sso.ha-nam.example.invalid/realms/drugctl";
        PORTS.keySet().forEach(service -> {
            assertThat((String) container(overlay, service).get("image"))
                    .isEqualTo("registry.ha-nam.example.invalid/drugctl/" + service + ":0.1.0");
            assertThat(configData(overlay, service)).containsEntry("DRUGCTL_SECURITY_ISSUER_URI", issuer);
        });
        Map<String, Object> hostname = (Map<String, Object>) spec(one(overlay, "Keycloak")).get("hostname");
        assertThat(hostname.get("hostname") + "/realms/drugctl").as("Keycloak's issuer").isEqualTo(issuer);
        Map<String, Object> web = ((List<Map<String, Object>>) ((Map<String, Object>) spec(one(overlay, "KeycloakRealmImport"))
                .get("realm")).get("clients")).getFirst();
        String origin = configData(overlay, "gateway").get("DRUGCTL_CORS_ALLOWED_ORIGINS");
        assertThat(origin).isEqualTo("https://drugctl.ha-nam.example.invalid");
        assertThat((List<String>) web.get("webOrigins")).containsExactly(origin);
        assertThat((List<String>) web.get("redirectUris")).containsExactly(origin + "/*");
        assertThat(overlay.toString()).as("placeholders left in the build").doesNotContain("${");
        assertThat(configData(overlay, "gateway")).containsEntry("DRUGCTL_ROUTES_REGISTRY_URI", "http://registry-service:8081");
        assertThat(configData(overlay, "reporting-service"))
                .containsEntry("DRUGCTL_RECONCILIATION_REGISTRY_URL", "http://registry-service:8081")
                .containsEntry("DRUGCTL_RECONCILIATION_HOTSPOT_URL", "http://hotspot-service:8082");
    }

    @Test
    void theGatewayIsPublishedOverTlsAndKeycloakOnlyForItsPublicPaths() {
        Map<String, Object> gateway = find(overlay, "Ingress", "gateway");
        assertThat(tlsHosts(gateway)).containsExactlyElementsOf(ruleHosts(gateway));
        assertThat(backends(gateway)).containsExactly("/ -> gateway:http");
        assertThat(((Map<String, Object>) Kustomize.metadata(gateway).get("annotations"))).containsKey("cert-manager.io/cluster-issuer");
        Map<String, Object> keycloak = find(overlay, "Ingress", "keycloak");
        assertThat(tlsHosts(keycloak)).containsExactlyElementsOf(ruleHosts(keycloak));
        String keycloakHost = URI.create((String) ((Map<String, Object>) spec(one(overlay, "Keycloak")).get("hostname")).get("hostname")).getHost();
        assertThat(ruleHosts(keycloak)).containsExactly(keycloakHost);
        assertThat(backends(keycloak)).containsExactly("/realms/ -> drugctl-keycloak-service:8080",
                "/resources/ -> drugctl-keycloak-service:8080");
        assertThat(all(overlay, "Ingress")).hasSize(2);
        for (Map<String, Object> ingress : all(overlay, "Ingress")) {
            for (Map<String, Object> tls : (List<Map<String, Object>>) spec(ingress).get("tls")) {
                assertThat((String) tls.get("secretName")).isNotBlank();
            }
        }
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    static Map<String, Object> find(List<Map<String, Object>> objects, String kind, String name) {
        return objects.stream().filter(o -> kind.equals(o.get("kind")) && name.equals(Kustomize.name(o))).findFirst().orElse(null);
    }

    static List<Map<String, Object>> all(List<Map<String, Object>> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    static Map<String, Object> one(List<Map<String, Object>> objects, String kind) {
        List<Map<String, Object>> found = all(objects, kind);
        assertThat(found).as("one " + kind).hasSize(1);
        return found.getFirst();
    }

    static Map<String, Object> spec(Map<String, Object> object) {
        return (Map<String, Object>) object.get("spec");
    }

    static Map<String, Object> container(List<Map<String, Object>> objects, String service) {
        return Kustomize.podTemplateContainers(objects).stream().filter(c -> service.equals(c.get("name"))).findFirst().orElseThrow();
    }

    static Map<String, String> configData(List<Map<String, Object>> objects, String service) {
        return (Map<String, String>) find(objects, "ConfigMap", service + "-config").get("data");
    }

    private List<String> secretRef(String service, String variable) {
        Map<String, Object> env = ((List<Map<String, Object>>) container(overlay, service).get("env")).stream()
                .filter(e -> variable.equals(e.get("name"))).findFirst().orElseThrow(() -> new AssertionError(service + " lacks " + variable));
        Map<String, Object> ref = (Map<String, Object>) ((Map<String, Object>) env.get("valueFrom")).get("secretKeyRef");
        return List.of((String) ref.get("name"), (String) ref.get("key"));
    }

    /** Mount path -> name of the Secret mounted there. */
    private Map<String, String> secretVolumes(String service) {
        Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>) spec(find(overlay, "Deployment", service)).get("template")).get("spec");
        Map<String, String> secretsByVolume = new java.util.HashMap<>();
        for (Map<String, Object> volume : (List<Map<String, Object>>) pod.get("volumes")) {
            if (volume.get("secret") instanceof Map<?, ?> secret) {
                secretsByVolume.put((String) volume.get("name"), (String) secret.get("secretName"));
            }
        }
        Map<String, String> result = new java.util.HashMap<>();
        for (Map<String, Object> mount : (List<Map<String, Object>>) container(overlay, service).get("volumeMounts")) {
            if (secretsByVolume.containsKey(mount.get("name"))) {
                result.put((String) mount.get("mountPath"), secretsByVolume.get(mount.get("name")));
            }
        }
        return result;
    }

    private static List<String> tlsHosts(Map<String, Object> ingress) {
        List<String> hosts = new ArrayList<>();
        for (Map<String, Object> tls : (List<Map<String, Object>>) spec(ingress).get("tls")) {
            hosts.addAll((List<String>) tls.get("hosts"));
        }
        return hosts;
    }

    private static List<String> ruleHosts(Map<String, Object> ingress) {
        return ((List<Map<String, Object>>) spec(ingress).get("rules")).stream().map(r -> (String) r.get("host")).toList();
    }

    private static List<String> backends(Map<String, Object> ingress) {
        List<String> result = new ArrayList<>();
        for (Map<String, Object> rule : (List<Map<String, Object>>) spec(ingress).get("rules")) {
            for (Map<String, Object> path : (List<Map<String, Object>>) ((Map<String, Object>) rule.get("http")).get("paths")) {
                Map<String, Object> service = (Map<String, Object>) ((Map<String, Object>) path.get("backend")).get("service");
                Map<String, Object> port = (Map<String, Object>) service.get("port");
                result.add(path.get("path") + " -> " + service.get("name") + ":" + port.getOrDefault("name", port.get("number")));
            }
        }
        return result;
    }
}
