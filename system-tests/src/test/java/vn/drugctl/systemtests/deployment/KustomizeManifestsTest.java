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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders the Kustomize base and the province overlay the way kustomize does for the features used here
 * (resources, namespace, images, strategic-merge patches of ConfigMap data) and checks the result.
 */
@SuppressWarnings("unchecked")
class KustomizeManifestsTest {
    static final Path K8S = DockerComposeFileTest.ROOT.resolve("k8s");
    static final Map<String, Integer> PORTS = Map.of("gateway", 8080, "registry-service", 8081,
            "hotspot-service", 8082, "reporting-service", 8083);

    static List<Map<String, Object>> render(Path dir) throws IOException {
        Map<String, Object> kustomization = new Yaml().load(Files.readString(dir.resolve("kustomization.yaml")));
        List<Map<String, Object>> objects = new ArrayList<>();
        for (String resource : (List<String>) kustomization.get("resources")) {
            Path path = dir.resolve(resource).normalize();
            if (Files.isDirectory(path)) {
                objects.addAll(render(path));
            } else {
                for (Object doc : new Yaml().loadAll(Files.readString(path))) {
                    objects.add((Map<String, Object>) doc);
                }
            }
        }
        for (Map<String, Object> patchRef : (List<Map<String, Object>>) kustomization.getOrDefault("patches", List.of())) {
            for (Object doc : new Yaml().loadAll(Files.readString(dir.resolve((String) patchRef.get("path"))))) {
                Map<String, Object> patch = (Map<String, Object>) doc;
                Map<String, Object> target = find(objects, (String) patch.get("kind"), name(patch));
                assertThat(target).as("patch target " + name(patch)).isNotNull();
                ((Map<String, Object>) target.get("data")).putAll((Map<String, Object>) patch.get("data"));
            }
        }
        String namespace = (String) kustomization.get("namespace");
        if (namespace != null) {
            objects.stream().filter(o -> !"Namespace".equals(o.get("kind")))
                    .forEach(o -> ((Map<String, Object>) o.get("metadata")).put("namespace", namespace));
        }
        for (Map<String, Object> image : (List<Map<String, Object>>) kustomization.getOrDefault("images", List.of())) {
            containers(objects).stream().filter(c -> ((String) c.get("image")).split(":")[0].equals(image.get("name")))
                    .forEach(c -> c.put("image", image.get("newName") + ":" + image.get("newTag")));
        }
        return objects;
    }

    static String name(Map<String, Object> object) {
        return (String) ((Map<String, Object>) object.get("metadata")).get("name");
    }

    static Map<String, Object> find(List<Map<String, Object>> objects, String kind, String name) {
        return objects.stream().filter(o -> kind.equals(o.get("kind")) && name.equals(name(o))).findFirst().orElse(null);
    }

    static List<Map<String, Object>> containers(List<Map<String, Object>> objects) {
        List<Map<String, Object>> result = new ArrayList<>();
        objects.stream().filter(o -> "Deployment".equals(o.get("kind"))).forEach(d -> {
            Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) d.get("spec"))
                    .get("template")).get("spec");
            result.addAll((List<Map<String, Object>>) pod.get("containers"));
        });
        return result;
    }

    static Map<String, Object> container(List<Map<String, Object>> objects, String service) {
        return containers(objects).stream().filter(c -> service.equals(c.get("name"))).findFirst().orElseThrow();
    }

    @Test
    void baseHasDeploymentServiceConfigAndDisruptionBudgetPerService() throws IOException {
        List<Map<String, Object>> base = render(K8S.resolve("base"));
        PORTS.keySet().forEach(service -> {
            assertThat(find(base, "Deployment", service)).as(service).isNotNull();
            assertThat(find(base, "Service", service)).as(service).isNotNull();
            assertThat(find(base, "PodDisruptionBudget", service)).as(service).isNotNull();
            assertThat(find(base, "ConfigMap", service + "-config")).as(service).isNotNull();
        });
    }

    @Test
    void probesResourcesAndSecurityAreSetOnEveryContainer() throws IOException {
        List<Map<String, Object>> base = render(K8S.resolve("base"));
        PORTS.forEach((service, port) -> {
            Map<String, Object> c = container(base, service);
            Map<String, Object> readiness = (Map<String, Object>) ((Map<String, Object>) c.get("readinessProbe")).get("httpGet");
            Map<String, Object> liveness = (Map<String, Object>) ((Map<String, Object>) c.get("livenessProbe")).get("httpGet");
            assertThat(readiness).containsEntry("path", "/actuator/health/readiness").containsEntry("port", "http");
            assertThat(liveness).containsEntry("path", "/actuator/health/liveness");
            assertThat(c).containsKey("startupProbe");
            List<Map<String, Object>> ports = (List<Map<String, Object>>) c.get("ports");
            assertThat(ports.getFirst()).containsEntry("name", "http").containsEntry("containerPort", port);
            Map<String, Map<String, Object>> resources = (Map<String, Map<String, Object>>) c.get("resources");
            assertThat(resources.get("requests")).containsKeys("cpu", "memory");
            assertThat(resources.get("limits")).containsKeys("cpu", "memory");
            assertThat((Map<String, Object>) c.get("securityContext")).containsEntry("readOnlyRootFilesystem", true)
                    .containsEntry("allowPrivilegeEscalation", false);
        });
    }

    @Test
    void secretsComeFromSecretReferencesNeverFromPlainValues() throws IOException {
        List<Map<String, Object>> base = render(K8S.resolve("base"));
        for (Map<String, Object> c : containers(base)) {
            for (Map<String, Object> env : (List<Map<String, Object>>) c.getOrDefault("env", List.of())) {
                assertThat(env).as(String.valueOf(env.get("name"))).doesNotContainKey("value");
                assertThat((Map<String, Object>) env.get("valueFrom")).containsKey("secretKeyRef");
            }
        }
        for (Map<String, Object> o : base) {
            if ("ConfigMap".equals(o.get("kind"))) {
                ((Map<String, Object>) o.get("data")).forEach((k, v) ->
                        assertThat(String.valueOf(v)).as(k).doesNotContainIgnoringCase("password").doesNotContain("@"));
            }
        }
        assertThat(Files.readString(K8S.resolve("README.md"))).contains("drugctl-mongodb");
    }

    @Test
    void provinceOverlaySetsNamespaceImagesAndIssuer() throws IOException {
        List<Map<String, Object>> overlay = render(K8S.resolve("overlays/ha-nam"));
        overlay.stream().filter(o -> !"Namespace".equals(o.get("kind"))).forEach(o ->
                assertThat((Map<String, Object>) o.get("metadata")).as(name(o)).containsEntry("namespace", "drugctl-ha-nam"));
        assertThat(find(overlay, "Namespace", "drugctl-ha-nam")).isNotNull();
        PORTS.keySet().forEach(service -> {
            assertThat((String) container(overlay, service).get("image"))
                    .isEqualTo("registry.ha-nam.example.invalid/drugctl/" + service + ":0.1.0");
            Map<String, Object> data = (Map<String, Object>) find(overlay, "ConfigMap", service + "-config").get("data");
            assertThat(data).containsEntry("DRUGCTL_SECURITY_ISSUER_URI", "https://sso.ha-nam.example.invalid/realms/drugctl");
        });
        Map<String, Object> gateway = (Map<String, Object>) find(overlay, "ConfigMap", "gateway-config").get("data");
        assertThat(gateway).containsEntry("DRUGCTL_ROUTES_REGISTRY_URI", "http://registry-service:8081");
        assertThat(new LinkedHashMap<>(gateway)).doesNotContainKey("SPRING_MONGODB_URI");
    }
}
