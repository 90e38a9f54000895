package vn.drugctl.systemtests.deployment;

import org.junit.jupiter.api.Test;
import vn.drugctl.systemtests.deployment.NetworkPolicies.Pod;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may open a connection to whom in a province's namespace, decided from the NetworkPolicies that
 * {@code kubectl kustomize k8s/overlays/ha-nam} builds (see {@link NetworkPolicies}): the Ingress controller reaches the
 * gateway's API and nothing else, the services' APIs only the gateway (and registry-service's and hotspot-service's
 * also reporting-service, for the reconciliation's counts), the management ports only Prometheus,
 * MongoDB / Elasticsearch / Keycloak's PostgreSQL only the services that use them, and the services reach only what
 * they need. Pods carry the labels the operators give them (Strimzi, the MongoDB operator, ECK, CloudNativePG, the
 * Keycloak Operator). Kafka's and Keycloak's own ingress rules come from their custom resources
 * ({@link InfrastructureManifestsTest}).
 */
class NetworkPolicyManifestsTest {
    static final String NS = KustomizeManifestsTest.NAMESPACE;

    final NetworkPolicies policies = new NetworkPolicies(Kustomize.build(KustomizeManifestsTest.K8S.resolve("overlays/ha-nam")));

    final Pod gateway = app("gateway");
    final Pod registry = app("registry-service");
    final Pod hotspot = app("hotspot-service");
    final Pod reporting = app("reporting-service");
    final Pod mongo = Pod.in(NS, "MongoDB member", Map.of("app", "drugctl-mongodb-svc"));
    final Pod kafkaBroker = Pod.in(NS, "Kafka broker", Map.of("strimzi.io/cluster", "drugctl-kafka",
            "strimzi.io/broker-role", "true", "strimzi.io/kind", "Kafka"));
    final Pod elasticsearch = Pod.in(NS, "Elasticsearch node", Map.of("elasticsearch.k8s.elastic.co/cluster-name", "drugctl",
            "common.k8s.elastic.co/type", "elasticsearch"));
    final Pod keycloak = Pod.in(NS, "Keycloak", Map.of("app", "keycloak", "app.kubernetes.io/instance", "drugctl-keycloak",
            "app.kubernetes.io/managed-by", "keycloak-operator"));
    final Pod realmImport = Pod.in(NS, "realm import Job", Map.of("app", "keycloak-realm-import",
            "app.kubernetes.io/instance", "drugctl-keycloak", "app.kubernetes.io/managed-by", "keycloak-operator"));
    final Pod keycloakDb = Pod.in(NS, "PostgreSQL instance", Map.of("cnpg.io/cluster", "drugctl-keycloak-db", "role", "primary"));
    final Pod ingressController = Pod.in("ingress-nginx", "Ingress controller", Map.of("app.kubernetes.io/name", "ingress-nginx"));
    final Pod prometheus = Pod.in("monitoring", "Prometheus", Map.of("app.kubernetes.io/name", "prometheus"));
    final Pod eckOperator = Pod.in("elastic-system", "ECK operator", Map.of("control-plane", "elastic-operator"));
    final Pod cnpgOperator = Pod.in("cnpg-system", "CloudNativePG operator", Map.of("app.kubernetes.io/name", "cloudnative-pg"));
    final Pod strayPod = Pod.in(NS, "a debugging pod someone started", Map.of("run", "debug"));
    final Pod otherNamespace = Pod.in("another-app", "another application's pod", Map.of("app.kubernetes.io/name", "gateway"));
    final Pod dns = Pod.in("kube-system", "cluster DNS", Map.of("k8s-app", "kube-dns"));

    @Test
    void theIngressControllerReachesTheGatewaysApiAndNothingElse() {
        assertThat(policies.allows(ingressController, gateway, 8080)).isTrue();
        assertThat(policies.allows(ingressController, gateway, 9080)).as("gateway management").isFalse();
        for (Pod service : List.of(registry, hotspot, reporting)) {
            assertThat(policies.allows(ingressController, service, apiPort(service))).as(service.toString()).isFalse();
        }
        for (Pod server : List.of(mongo, elasticsearch, keycloakDb)) {
            assertThat(policies.allows(ingressController, server, 27017)).isFalse();
            assertThat(policies.allows(ingressController, server, 9200)).isFalse();
            assertThat(policies.allows(ingressController, server, 5432)).isFalse();
        }
    }

    @Test
    void theServicesApisAnswerTheGatewayAndTheSourcesAlsoReportingsReconciliation() {
        for (Pod service : List.of(registry, hotspot, reporting)) {
            int api = apiPort(service);
            assertThat(policies.allows(gateway, service, api)).as("gateway -> " + service).isTrue();
            for (Pod caller : List.of(registry, hotspot, reporting, strayPod, otherNamespace, prometheus, mongo, kafkaBroker)) {
                if (caller != service) {
                    // reporting-service asks registry-service and hotspot-service for their own counts
                    boolean reconciliation = caller == reporting;
                    assertThat(policies.allows(caller, service, api)).as(caller + " -> " + service)
                            .isEqualTo(reconciliation);
                }
            }
            assertThat(policies.allows(gateway, service, api + 1000)).as("gateway -> " + service + " management").isFalse();
        }
    }

    @Test
    void managementPortsAnswerPrometheusOnly() {
        for (Pod app : List.of(gateway, registry, hotspot, reporting)) {
            int management = apiPort(app) + 1000;
            assertThat(policies.allows(prometheus, app, management)).as("Prometheus -> " + app).isTrue();
            assertThat(policies.allows(prometheus, app, apiPort(app))).as("Prometheus -> " + app + " API").isFalse();
            for (Pod other : List.of(ingressController, strayPod, otherNamespace, gateway, registry)) {
                assertThat(policies.allows(other, app, management)).as(other + " -> " + app + " management").isFalse();
            }
        }
    }

    @Test
    void eachServiceReachesExactlyTheServersItUses() {
        assertThat(policies.allows(registry, mongo, 27017)).isTrue();
        assertThat(policies.egressAllows(registry, kafkaBroker, 9093)).as("registry -> Kafka").isTrue();
        assertThat(policies.allows(registry, elasticsearch, 9200)).isTrue();
        assertThat(policies.egressAllows(registry, keycloak, 8080)).as("registry -> Keycloak's keys").isTrue();
        for (Pod service : List.of(hotspot, reporting)) {
            assertThat(policies.allows(service, mongo, 27017)).as(service + " -> MongoDB").isTrue();
            assertThat(policies.egressAllows(service, kafkaBroker, 9093)).as(service + " -> Kafka").isTrue();
            assertThat(policies.egressAllows(service, keycloak, 8080)).as(service + " -> Keycloak").isTrue();
            assertThat(policies.allows(service, elasticsearch, 9200)).as(service + " -> Elasticsearch").isFalse();
        }
        assertThat(policies.egressAllows(gateway, keycloak, 8080)).isTrue();
        assertThat(policies.egressAllows(gateway, kafkaBroker, 9093)).as("gateway -> Kafka").isFalse();
        for (Pod server : List.of(mongo, elasticsearch, keycloakDb)) {
            assertThat(policies.allows(gateway, server, 27017)).isFalse();
            assertThat(policies.allows(gateway, server, 9200)).isFalse();
            assertThat(policies.allows(gateway, server, 5432)).isFalse();
        }
        for (Pod app : List.of(gateway, registry, hotspot, reporting)) {
            assertThat(policies.allows(app, keycloakDb, 5432)).as(app + " -> Keycloak's database").isFalse();
            assertThat(policies.allows(app, otherNamespace, 8080)).as(app + " -> elsewhere").isFalse();
            assertThat(policies.allows(app, dns, 53)).as(app + " -> DNS").isTrue();
        }
        assertThat(policies.allows(registry, gateway, 8080)).isFalse();
        assertThat(policies.allows(hotspot, registry, 8081)).isFalse();
        assertThat(policies.allows(reporting, registry, 8081)).as("reconciliation").isTrue();
        assertThat(policies.allows(reporting, hotspot, 8082)).as("reconciliation").isTrue();
        assertThat(policies.allows(reporting, registry, 9081)).as("registry management").isFalse();
        assertThat(policies.allows(reporting, gateway, 8080)).isFalse();
    }

    @Test
    void theDatabasesAndTheSearchNodesAnswerOnlyTheirClientsPeersAndOperators() {
        assertThat(policies.allows(mongo, mongo, 27017)).as("replication").isTrue();
        assertThat(policies.allows(strayPod, mongo, 27017)).isFalse();
        assertThat(policies.allows(otherNamespace, mongo, 27017)).isFalse();
        assertThat(policies.allows(keycloak, mongo, 27017)).isFalse();
        assertThat(policies.allows(elasticsearch, elasticsearch, 9300)).as("transport").isTrue();
        assertThat(policies.allows(eckOperator, elasticsearch, 9200)).isTrue();
        assertThat(policies.allows(strayPod, elasticsearch, 9200)).isFalse();
        assertThat(policies.allows(keycloak, keycloakDb, 5432)).isTrue();
        assertThat(policies.allows(realmImport, keycloakDb, 5432)).isTrue();
        assertThat(policies.allows(keycloakDb, keycloakDb, 5432)).as("streaming replication").isTrue();
        assertThat(policies.allows(cnpgOperator, keycloakDb, 8000)).isTrue();
        assertThat(policies.allows(strayPod, keycloakDb, 5432)).isFalse();
        assertThat(policies.allows(registry, keycloakDb, 5432)).isFalse();
    }

    @Test
    void aPodNoPolicyNamesIsShutInAndOut() {
        assertThat(policies.allows(strayPod, otherNamespace, 443)).isFalse();
        assertThat(policies.allows(strayPod, registry, 8081)).isFalse();
        assertThat(policies.allows(otherNamespace, strayPod, 8080)).isFalse();
        assertThat(policies.allows(gateway, strayPod, 8080)).isFalse();
        assertThat(policies.allows(strayPod, dns, 53)).as("DNS stays open").isTrue();
    }

    private static Pod app(String name) {
        return Pod.in(NS, name, Map.of("app.kubernetes.io/name", name, "app.kubernetes.io/part-of", "drugctl"));
    }

    private static int apiPort(Pod app) {
        return DockerComposeFileTest.PORTS.get(app.labels().get("app.kubernetes.io/name")).getFirst();
    }
}
