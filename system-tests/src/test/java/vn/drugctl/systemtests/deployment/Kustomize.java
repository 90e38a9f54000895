package vn.drugctl.systemtests.deployment;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds a kustomization the way {@code kubectl kustomize} does, for the subset of Kustomize that {@code k8s/} uses, so
 * that the manifests can be checked on a machine without kubectl or a cluster: {@code resources} (files and
 * folders with their own kustomization), {@code namespace}, {@code labels} (pairs on metadata only), {@code images}
 * (pod-template containers), and {@code patches} given by {@code path}, either strategic-merge documents (matched by
 * kind and name; maps merge, lists and scalars replace, which is exact for the ConfigMap and custom-resource patches
 * used here) or JSON 6902 operation lists with a {@code target} ({@code test}, {@code add}, {@code replace},
 * {@code remove}).
 *
 * <p>Anything else in a kustomization (a generator, a component, an inline patch, a patch of a list inside a pod
 * template, an unknown operation) fails the build with the name of what is unsupported: a test never passes on a
 * file this class silently misread. Cross-checked by hand against {@code kubectl kustomize} (Kustomize v5.5.0) on
 * {@code k8s/overlays/ha-nam}: the same objects with the same fields (kubectl sorts them by kind; this class keeps
 * the files' order).
 */
@SuppressWarnings("unchecked")
final class Kustomize {
    private static final Set<String> SUPPORTED_KEYS = Set.of("apiVersion", "kind", "namespace", "resources", "labels",
            "images", "patches");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "ClusterIssuer", "PersistentVolume", "StorageClass", "IngressClass");

    private Kustomize() {
    }

    /** The objects {@code kubectl kustomize dir} prints, in the order of the files. */
    static List<Map<String, Object>> build(Path dir) {
        Map<String, Object> kustomization = loadOne(dir.resolve("kustomization.yaml"));
        for (String key : kustomization.keySet()) {
            if (!SUPPORTED_KEYS.contains(key)) {
                throw new IllegalStateException(dir + "/kustomization.yaml uses '" + key + "', which Kustomize.java does not build");
            }
        }
        List<Map<String, Object>> objects = new ArrayList<>();
        for (String resource : (List<String>) kustomization.getOrDefault("resources", List.of())) {
            Path path = dir.resolve(resource).normalize();
            if (Files.isDirectory(path)) {
                objects.addAll(build(path));
            } else {
                objects.addAll(loadAll(path));
            }
        }
        for (Map<String, Object> labels : (List<Map<String, Object>>) kustomization.getOrDefault("labels", List.of())) {
            if (!Set.of("pairs").containsAll(labels.keySet())) {
                throw new IllegalStateException(dir + ": labels supports 'pairs' only, found " + labels.keySet());
            }
            Map<String, Object> pairs = (Map<String, Object>) labels.get("pairs");
            objects.forEach(o -> ((Map<String, Object>) metadata(o).computeIfAbsent("labels", k -> new LinkedHashMap<>()))
                    .putAll(pairs));
        }
        for (Map<String, Object> patchRef : (List<Map<String, Object>>) kustomization.getOrDefault("patches", List.of())) {
            if (!patchRef.containsKey("path") || !Set.of("path", "target").containsAll(patchRef.keySet())) {
                throw new IllegalStateException(dir + ": patches need a 'path' (and may have a 'target'): " + patchRef);
            }
            Path patchFile = dir.resolve((String) patchRef.get("path"));
            List<Object> documents = new ArrayList<>();
            new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(read(patchFile)).forEach(documents::add);
            if (documents.size() == 1 && documents.getFirst() instanceof List<?> operations) {
                Map<String, Object> target = (Map<String, Object>) patchRef.get("target");
                if (target == null) {
                    throw new IllegalStateException(patchFile + " is a JSON 6902 patch without a target");
                }
                List<Map<String, Object>> matches = objects.stream().filter(o -> matches(o, target)).toList();
                if (matches.isEmpty()) {
                    throw new IllegalStateException(patchFile + ": no object matches the target " + target);
                }
                matches.forEach(o -> JsonPatch.apply(o, (List<Map<String, Object>>) operations, patchFile));
            } else {
                for (Map<String, Object> patch : loadAll(patchFile)) {
                    Map<String, Object> target = objects.stream()
                            .filter(o -> Objects.equals(o.get("kind"), patch.get("kind")) && name(o).equals(name(patch)))
                            .findFirst().orElseThrow(() -> new IllegalStateException(
                                    patchFile + ": no " + patch.get("kind") + " named " + name(patch)));
                    strategicMerge(target, patch, patchFile + " " + patch.get("kind") + "/" + name(patch));
                }
            }
        }
        String namespace = (String) kustomization.get("namespace");
        if (namespace != null) {
            objects.stream().filter(o -> !CLUSTER_SCOPED.contains((String) o.get("kind")))
                    .forEach(o -> metadata(o).put("namespace", namespace));
        }
        for (Map<String, Object> image : (List<Map<String, Object>>) kustomization.getOrDefault("images", List.of())) {
            for (Map<String, Object> container : podTemplateContainers(objects)) {
                String current = (String) container.get("image");
                int colon = current.lastIndexOf(':');
                boolean tagged = colon > current.lastIndexOf('/');
                String repository = tagged ? current.substring(0, colon) : current;
                if (repository.equals(image.get("name"))) {
                    String tag = image.containsKey("newTag") ? (String) image.get("newTag")
                            : tagged ? current.substring(colon + 1) : "latest";
                    container.put("image", image.getOrDefault("newName", repository) + ":" + tag);
                }
            }
        }
        return objects;
    }

    static List<Map<String, Object>> loadAll(Path file) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(read(file))) {
            if (document != null) {
                documents.add((Map<String, Object>) document);
            }
        }
        return documents;
    }

    static Map<String, Object> loadOne(Path file) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(read(file));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> metadata(Map<String, Object> object) {
        return (Map<String, Object>) object.get("metadata");
    }

    static String name(Map<String, Object> object) {
        return (String) metadata(object).get("name");
    }

    /** Containers and init containers of every object with a pod template (spec.template.spec). */
    static List<Map<String, Object>> podTemplateContainers(List<Map<String, Object>> objects) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (Map<String, Object> object : objects) {
            if (object.get("spec") instanceof Map<?, ?> spec && spec.get("template") instanceof Map<?, ?> template
                    && template.get("spec") instanceof Map<?, ?> pod) {
                Map<String, Object> podSpec = (Map<String, Object>) pod;
                result.addAll((List<Map<String, Object>>) podSpec.getOrDefault("containers", List.of()));
                result.addAll((List<Map<String, Object>>) podSpec.getOrDefault("initContainers", List.of()));
            }
        }
        return result;
    }

    private static boolean matches(Map<String, Object> object, Map<String, Object> target) {
        for (Map.Entry<String, Object> criterion : target.entrySet()) {
            String value = (String) criterion.getValue();
            String apiVersion = (String) object.get("apiVersion");
            String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
            String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
            boolean ok = switch (criterion.getKey()) {
                case "group" -> group.equals(value);
                case "version" -> version.equals(value);
                case "kind" -> value.equals(object.get("kind"));
                case "name" -> value.equals(name(object));
                default -> throw new IllegalStateException("patch target field not supported: " + criterion.getKey());
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static void strategicMerge(Map<String, Object> target, Map<String, Object> patch, String where) {
        for (Map.Entry<String, Object> entry : patch.entrySet()) {
            Object existing = target.get(entry.getKey());
            if (existing instanceof Map<?, ?> existingMap && entry.getValue() instanceof Map<?, ?> patchMap) {
                strategicMerge((Map<String, Object>) existingMap, (Map<String, Object>) patchMap, where);
            } else if (existing instanceof List<?> && isPodTemplateList(entry.getKey())) {
                throw new IllegalStateException(where + ": merging the list '" + entry.getKey()
                        + "' needs Kubernetes merge keys, which Kustomize.java does not apply; use a JSON 6902 patch");
            } else {
                target.put(entry.getKey(), entry.getValue());
            }
        }
    }

    private static boolean isPodTemplateList(String key) {
        return Set.of("containers", "initContainers", "env", "ports", "volumes", "volumeMounts").contains(key);
    }

    /** RFC 6902 operations on the parsed YAML (maps and lists), paths as RFC 6901 pointers. */
    static final class JsonPatch {
        private JsonPatch() {
        }

        static void apply(Map<String, Object> document, List<Map<String, Object>> operations, Path file) {
            for (Map<String, Object> operation : operations) {
                String op = (String) operation.get("op");
                List<String> path = pointer((String) operation.get("path"));
                Object parent = resolve(document, path.subList(0, path.size() - 1), file);
                String last = path.getLast();
                switch (op) {
                    case "test" -> {
                        Object actual = get(parent, last, file);
                        if (!Objects.equals(actual, operation.get("value"))) {
                            throw new IllegalStateException(file + ": test failed at " + operation.get("path")
                                    + ": expected " + operation.get("value") + ", found " + actual);
                        }
                    }
                    case "replace" -> {
                        get(parent, last, file);
                        set(parent, last, operation.get("value"), false);
                    }
                    case "add" -> set(parent, last, operation.get("value"), true);
                    case "remove" -> {
                        get(parent, last, file);
                        if (parent instanceof Map<?, ?> map) {
                            map.remove(last);
                        } else {
                            ((List<Object>) parent).remove(Integer.parseInt(last));
                        }
                    }
                    default -> throw new IllegalStateException(file + ": JSON patch operation not supported: " + op);
                }
            }
        }

        private static List<String> pointer(String path) {
            if (!path.startsWith("/")) {
                throw new IllegalStateException("not a JSON pointer: " + path);
            }
            return java.util.Arrays.stream(path.substring(1).split("/", -1))
                    .map(token -> token.replace("~1", "/").replace("~0", "~")).toList();
        }

        private static Object resolve(Object node, List<String> tokens, Path file) {
            Object current = node;
            for (String token : tokens) {
                current = get(current, token, file);
            }
            return current;
        }

        private static Object get(Object node, String token, Path file) {
            Object value;
            if (node instanceof Map<?, ?> map) {
                if (!map.containsKey(token)) {
                    throw new IllegalStateException(file + ": no '" + token + "' in " + map.keySet());
                }
                value = map.get(token);
            } else if (node instanceof List<?> list) {
                int index = Integer.parseInt(token);
                if (index >= list.size()) {
                    throw new IllegalStateException(file + ": index " + index + " beyond a list of " + list.size());
                }
                value = list.get(index);
            } else {
                throw new IllegalStateException(file + ": cannot descend into " + node + " with '" + token + "'");
            }
            return value;
        }

        private static void set(Object parent, String token, Object value, boolean insert) {
            if (parent instanceof Map<?, ?> map) {
                ((Map<String, Object>) map).put(token, value);
            } else {
                List<Object> list = (List<Object>) parent;
                if (token.equals("-")) {
                    list.add(value);
                } else if (insert) {
                    list.add(Integer.parseInt(token), value);
                } else {
                    list.set(Integer.parseInt(token), value);
                }
            }
        }
    }
}
