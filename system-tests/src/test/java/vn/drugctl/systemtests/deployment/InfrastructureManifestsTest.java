package vn.drugctl.systemtests.deployment;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.drugctl.systemtests.deployment.KustomizeManifestsTest.all;
import static vn.drugctl.systemtests.deployment.KustomizeManifestsTest.find;
import static vn.drugctl.systemtests.deployment.KustomizeManifestsTest.one;
import static vn.drugctl.systemtests.deployment.KustomizeManifestsTest.spec;

/**
 * The stateful parts as their operators' custom resources, as {@code kubectl kustomize k8s/overlays/ha-nam} builds
 * them: Strimzi's Kafka (KRaft node pools, TLS + SCRAM-SHA-512, ACLs per service, the four topics), a MongoDB replica
 * set with one SCRAM user per service, ECK's Elasticsearch with its security as ECK sets it, and Keycloak (production
 * settings, PostgreSQL, the production realm imported unchanged but for the province's web origin). The field names
 * were checked against the operators' CRDs (Strimzi 1.2, MongoDB Controllers for Kubernetes 1.10, ECK 3.5,
 * CloudNativePG 1.30, Keycloak 26).
 */
@SuppressWarnings("unchecked")
class InfrastructureManifestsTest {
    static final List<String> SERVICES = List.of("registry-service", "hotspot-service", "reporting-service");

    final List<Map<String, Object>> overlay = Kustomize.build(KustomizeManifestsTest.K8S.resolve("overlays/ha-nam"));
    final List<Map<String, Object>> infrastructure = Kustomize.build(KustomizeManifestsTest.K8S.resolve("infrastructure"));

    @Test
    void kafkaRunsKraftNodePoolsWithThreeControllersAndThreeBrokers() {
        Map<String, Object> kafka = one(overlay, "Kafka");
        assertThat((String) kafka.get("apiVersion")).isEqualTo("kafka.strimzi.io/v1");
        Map<String, Set<String>> rolesByPool = new TreeMap<>();
        for (Map<String, Object> pool : all(overlay, "KafkaNodePool")) {
            assertThat((Map<String, Object>) Kustomize.metadata(pool).get("labels")).containsEntry("strimzi.io/cluster", Kustomize.name(kafka));
            assertThat((Integer) spec(pool).get("replicas")).as(Kustomize.name(pool)).isEqualTo(3);
            rolesByPool.put(Kustomize.name(pool), new TreeSet<>((List<String>) spec(pool).get("roles")));
            assertThat(((Map<String, Object>) spec(pool).get("storage")).toString()).contains("persistent-claim");
        }
        assertThat(rolesByPool).containsEntry("controller", Set.of("controller")).containsEntry("broker", Set.of("broker"));
        assertThat((Map<String, Object>) spec(kafka)).doesNotContainKey("zookeeper");
    }

    @Test
    void kafkaListensOnlyWithTlsAndScramToTheThreeServicesAndAuthorizesByAcl() {
        Map<String, Object> broker = (Map<String, Object>) spec(one(overlay, "Kafka")).get("kafka");
        List<Map<String, Object>> listeners = (List<Map<String, Object>>) broker.get("listeners");
        assertThat(listeners).hasSize(1);
        Map<String, Object> listener = listeners.getFirst();
        assertThat(listener).containsEntry("type", "internal").containsEntry("tls", true);
        assertThat((Map<String, Object>) listener.get("authentication")).containsEntry("type", "scram-sha-512");
        assertThat(appNames((List<Map<String, Object>>) listener.get("networkPolicyPeers"))).containsExactlyInAnyOrderElementsOf(SERVICES);
        assertThat((Map<String, Object>) broker.get("authorization")).containsEntry("type", "simple");
        Map<String, Object> config = (Map<String, Object>) broker.get("config");
        assertThat(config).containsEntry("auto.create.topics.enable", false).containsEntry("min.insync.replicas", 2)
                .containsEntry("default.replication.factor", 3).containsEntry("offsets.topic.replication.factor", 3);
    }

    @Test
    void theFourTopicsAreReplicatedThreeTimesWithTwoInSync() {
        Map<String, Map<String, Object>> topics = new TreeMap<>();
        for (Map<String, Object> topic : all(overlay, "KafkaTopic")) {
            topics.put((String) spec(topic).getOrDefault("topicName", Kustomize.name(topic)), spec(topic));
        }
        assertThat(topics).containsOnlyKeys("registry.events.v1", "registry.events.v1.DLT", "hotspot.events.v1", "hotspot.events.v1.DLT");
        topics.forEach((name, topic) -> {
            assertThat((Integer) topic.get("replicas")).as(name).isEqualTo(3);
            assertThat((Integer) topic.get("partitions")).as(name).isGreaterThanOrEqualTo(3);
            assertThat((Map<String, Object>) topic.get("config")).as(name).containsEntry("min.insync.replicas", 2);
        });
    }

    @Test
    void eachServiceHasItsOwnKafkaUserWithOnlyTheAclsItNeeds() {
        Map<String, Map<String, Set<String>>> expected = Map.of(
                "registry-service", Map.of("topic:registry.events.v1", Set.of("Write", "Describe"),
                        "topic:hotspot.events.v1", Set.of("Read", "Describe"),
                        "topic:hotspot.events.v1.DLT", Set.of("Write", "Describe"),
                        "group:registry-service", Set.of("Read")),
                "hotspot-service", Map.of("topic:hotspot.events.v1", Set.of("Write", "Describe"),
                        "topic:registry.events.v1", Set.of("Read", "Describe"),
                        "topic:registry.events.v1.DLT", Set.of("Write", "Describe"),
                        "group:hotspot-service", Set.of("Read")),
                "reporting-service", Map.of("topic:registry.events.v1", Set.of("Read", "Describe"),
                        "topic:hotspot.events.v1", Set.of("Read", "Describe"),
                        "topic:registry.events.v1.DLT", Set.of("Write", "Describe"),
                        "topic:hotspot.events.v1.DLT", Set.of("Write", "Describe"),
                        "group:reporting-service", Set.of("Read")));
        assertThat(all(overlay, "KafkaUser")).extracting(Kustomize::name).containsExactlyInAnyOrderElementsOf(SERVICES);
        for (Map<String, Object> user : all(overlay, "KafkaUser")) {
            assertThat((Map<String, Object>) spec(user).get("authentication")).containsEntry("type", "scram-sha-512");
            Map<String, Object> authorization = (Map<String, Object>) spec(user).get("authorization");
            assertThat(authorization).containsEntry("type", "simple");
            Map<String, Set<String>> acls = new LinkedHashMap<>();
            for (Map<String, Object> acl : (List<Map<String, Object>>) authorization.get("acls")) {
                Map<String, Object> resource = (Map<String, Object>) acl.get("resource");
                assertThat(resource).containsEntry("patternType", "literal");
                acls.merge(resource.get("type") + ":" + resource.get("name"), new TreeSet<>((List<String>) acl.get("operations")),
                        (a, b) -> { a.addAll(b); return a; });
            }
            assertThat(acls).as(Kustomize.name(user)).isEqualTo(expected.get(Kustomize.name(user)));
        }
    }

    @Test
    void mongoIsAThreeMemberReplicaSetWithOneScramUserPerServiceOnItsOwnDatabase() {
        Map<String, Object> mongo = spec(one(overlay, "MongoDBCommunity"));
        assertThat(mongo).containsEntry("members", 3).containsEntry("type", "ReplicaSet");
        assertThat(((Map<String, Object>) ((Map<String, Object>) mongo.get("security")).get("authentication")).get("modes"))
                .isEqualTo(List.of("SCRAM"));
        Map<String, String> databases = Map.of("registry-service", "drugctl_registry", "hotspot-service", "drugctl_hotspot",
                "reporting-service", "drugctl_reporting");
        List<Map<String, Object>> users = (List<Map<String, Object>>) mongo.get("users");
        assertThat(users).extracting(u -> u.get("name")).containsExactlyInAnyOrderElementsOf(SERVICES);
        for (Map<String, Object> user : users) {
            assertThat((Map<String, Object>) user.get("passwordSecretRef")).containsKey("name");
            assertThat(user.get("roles")).as(user.get("name") + " roles")
                    .isEqualTo(List.of(Map.of("name", "readWrite", "db", databases.get(user.get("name")))));
            assertThat((String) user.get("connectionStringSecretName")).isNotBlank();
        }
    }

    @Test
    void elasticsearchKeepsEcksSecurityAndGivesRegistryServiceARestrictedUser() {
        Map<String, Object> es = spec(one(overlay, "Elasticsearch"));
        assertThat((String) es.get("version")).startsWith("9.");
        String text = es.toString();
        assertThat(text).doesNotContain("xpack.security.enabled=false").doesNotContain("selfSignedCertificate={disabled=true}");
        List<Map<String, Object>> nodeSets = (List<Map<String, Object>>) es.get("nodeSets");
        assertThat(nodeSets.stream().mapToInt(n -> (Integer) n.get("count")).sum()).isIn(1, 3, 5);
        Map<String, Object> auth = (Map<String, Object>) es.get("auth");
        assertThat(auth.get("fileRealm")).isEqualTo(List.of(Map.of("secretName", "drugctl-es-registry-user")));
        assertThat(auth.get("roles")).isEqualTo(List.of(Map.of("secretName", "drugctl-es-roles")));
        String roles = (String) ((Map<String, Object>) find(overlay, "Secret", "drugctl-es-roles").get("stringData")).get("roles.yml");
        assertThat(roles).contains("drugctl_registry:").contains("names: [\"drugctl-*\"]").doesNotContain("\"*\"]").doesNotContain("\"all\"");
    }

    @Test
    void keycloakRunsInProductionBehindTheIngressOnPostgres() {
        Map<String, Object> keycloak = spec(one(overlay, "Keycloak"));
        assertThat((Integer) keycloak.get("instances")).isGreaterThanOrEqualTo(2);
        assertThat((String) keycloak.get("image")).matches("quay\\.io/keycloak/keycloak:\\d+\\.\\d+\\.\\d+");
        assertThat((Map<String, Object>) keycloak.get("proxy")).containsEntry("headers", "xforwarded");
        assertThat((Map<String, Object>) keycloak.get("ingress")).containsEntry("enabled", false);
        Map<String, Object> hostname = (Map<String, Object>) keycloak.get("hostname");
        assertThat((String) hostname.get("hostname")).startsWith("https://");
        Map<String, Object> db = (Map<String, Object>) keycloak.get("db");
        Map<String, Object> cluster = one(overlay, "Cluster");
        assertThat(db).containsEntry("vendor", "postgres").containsEntry("host", Kustomize.name(cluster) + "-rw")
                .containsEntry("database", ((Map<String, Object>) ((Map<String, Object>) spec(cluster).get("bootstrap")).get("initdb")).get("database"));
        assertThat((Map<String, Object>) db.get("passwordSecret")).containsEntry("name", Kustomize.name(cluster) + "-app");
        assertThat((Integer) spec(cluster).get("instances")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void keycloaksOwnNetworkPolicyAdmitsOnlyTheIngressControllerTheAppsAndPrometheus() {
        Map<String, Object> policy = (Map<String, Object>) spec(one(overlay, "Keycloak")).get("networkPolicy");
        assertThat(policy).containsEntry("enabled", true);
        List<Map<String, Object>> http = (List<Map<String, Object>>) policy.get("http");
        assertThat(http).hasSize(2);
        assertThat(http).anySatisfy(peer -> assertThat(peer).isEqualTo(Map.of("namespaceSelector",
                Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", "ingress-nginx")))));
        assertThat(appNames(http.stream().filter(p -> p.containsKey("podSelector")).toList()))
                .containsExactlyInAnyOrder("gateway", "registry-service", "hotspot-service", "reporting-service");
        assertThat((List<Map<String, Object>>) policy.get("management")).containsExactly(Map.of("namespaceSelector",
                Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", "monitoring"))));
    }

    @Test
    void theRealmImportIsTheProductionRealmFileForTheKeycloakOfTheNamespace() {
        Map<String, Object> realmImport = spec(one(infrastructure, "KeycloakRealmImport"));
        assertThat(realmImport.get("keycloakCRName")).isEqualTo(Kustomize.name(one(infrastructure, "Keycloak")));
        Object expected = JsonMapper.builder().build().readValue(ProductionRealmTest.PROD.toFile(), Map.class);
        assertThat(realmImport.get("realm")).as("k8s/infrastructure/keycloak-realm-import.yaml equals "
                + "config/keycloak/drugctl-realm.prod.json: regenerate it (command at the top of the YAML file)").isEqualTo(expected);
        Map<String, Object> built = (Map<String, Object>) spec(one(overlay, "KeycloakRealmImport")).get("realm");
        Map<String, Object> withoutClients = new LinkedHashMap<>(built);
        withoutClients.remove("clients");
        Map<String, Object> expectedWithoutClients = new LinkedHashMap<>((Map<String, Object>) expected);
        expectedWithoutClients.remove("clients");
        assertThat(withoutClients).as("the overlay changes the web client only").isEqualTo(expectedWithoutClients);
        assertThat(built.get("users")).isNull();
    }

    static List<String> appNames(List<Map<String, Object>> peers) {
        return peers.stream().flatMap(peer -> {
            Map<String, Object> selector = (Map<String, Object>) peer.get("podSelector");
            Map<String, Object> labels = (Map<String, Object>) selector.getOrDefault("matchLabels", Map.of());
            if (labels.containsKey("app.kubernetes.io/name")) {
                return java.util.stream.Stream.of((String) labels.get("app.kubernetes.io/name"));
            }
            Map<String, Object> expression = ((List<Map<String, Object>>) selector.get("matchExpressions")).getFirst();
            assertThat(expression).containsEntry("key", "app.kubernetes.io/name").containsEntry("operator", "In");
            return ((List<String>) expression.get("values")).stream();
        }).collect(Collectors.toList());
    }
}
