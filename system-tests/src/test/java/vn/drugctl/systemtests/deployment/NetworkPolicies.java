package vn.drugctl.systemtests.deployment;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides, the way Kubernetes does, whether the NetworkPolicy objects of a build let one pod open a TCP connection to a
 * port of another: the source's egress and the destination's ingress must both allow it. A pod that no policy of a
 * direction selects is open in that direction; a selected pod is closed but for what one of its policies' rules
 * allows (rules and policies add up). A rule's peer matches on {@code podSelector} (pods of the policy's namespace),
 * {@code namespaceSelector} (every pod of the matching namespaces) or both (matching pods of matching namespaces),
 * with {@code matchLabels} and {@code matchExpressions} (In, NotIn, Exists, DoesNotExist); an empty peer list matches
 * everything, an empty port list every port. {@code ipBlock} peers and named ports match nothing here: the
 * manifests use neither, and an unsupported field makes the check fail rather than pass.
 *
 * <p>Only the policies given are known: those the operators write (Strimzi for Kafka, the Keycloak Operator for
 * Keycloak) are checked through their custom resources instead.
 */
@SuppressWarnings("unchecked")
final class NetworkPolicies {
    /** A pod: its namespace (with the namespace's labels) and its labels. */
    record Pod(String description, String namespace, Map<String, String> namespaceLabels, Map<String, String> labels) {
        static Pod in(String namespace, String description, Map<String, String> labels) {
            return new Pod(description, namespace, Map.of("kubernetes.io/metadata.name", namespace), labels);
        }

        @Override
        public String toString() {
            return description + " (" + namespace + ")";
        }
    }

    private final List<Map<String, Object>> policies;

    NetworkPolicies(List<Map<String, Object>> objects) {
        this.policies = objects.stream().filter(o -> "NetworkPolicy".equals(o.get("kind"))).toList();
    }

    /** Both sides: the source's egress and the destination's ingress. */
    boolean allows(Pod from, Pod to, int port) {
        return egressAllows(from, to, port) && allowed(to, "Ingress", "ingress", "from", from, port);
    }

    /** The source's side only: for destinations whose ingress rules an operator writes (Kafka, Keycloak). */
    boolean egressAllows(Pod from, Pod to, int port) {
        return allowed(from, "Egress", "egress", "to", to, port);
    }

    private boolean allowed(Pod subject, String type, String rulesKey, String peersKey, Pod other, int port) {
        List<Map<String, Object>> selecting = policies.stream()
                .filter(p -> namespace(p).equals(subject.namespace()))
                .filter(p -> types(p).contains(type))
                .filter(p -> selects((Map<String, Object>) spec(p).get("podSelector"), subject.labels()))
                .toList();
        if (selecting.isEmpty()) {
            return true;
        }
        for (Map<String, Object> policy : selecting) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) spec(policy).getOrDefault(rulesKey, List.of())) {
                List<Map<String, Object>> peers = (List<Map<String, Object>>) rule.get(peersKey);
                List<Map<String, Object>> ports = (List<Map<String, Object>>) rule.get("ports");
                boolean peerOk = peers == null || peers.isEmpty()
                        || peers.stream().anyMatch(peer -> peerMatches(peer, namespace(policy), other));
                boolean portOk = ports == null || ports.isEmpty() || ports.stream().anyMatch(p -> portMatches(p, port));
                if (peerOk && portOk) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean peerMatches(Map<String, Object> peer, String policyNamespace, Pod pod) {
        if (peer.containsKey("ipBlock")) {
            return false;
        }
        for (String key : peer.keySet()) {
            if (!key.equals("podSelector") && !key.equals("namespaceSelector")) {
                throw new IllegalStateException("unsupported NetworkPolicy peer field: " + key);
            }
        }
        Map<String, Object> podSelector = (Map<String, Object>) peer.get("podSelector");
        Map<String, Object> namespaceSelector = (Map<String, Object>) peer.get("namespaceSelector");
        boolean namespaceOk = namespaceSelector == null
                ? pod.namespace().equals(policyNamespace)
                : selects(namespaceSelector, pod.namespaceLabels());
        boolean podOk = podSelector == null || selects(podSelector, pod.labels());
        return namespaceOk && podOk;
    }

    private static boolean portMatches(Map<String, Object> rulePort, int port) {
        if (rulePort.get("protocol") != null && !"TCP".equals(rulePort.get("protocol"))) {
            return false;
        }
        Object value = rulePort.get("port");
        if (value == null) {
            return true;
        }
        if (!(value instanceof Integer number)) {
            return false;
        }
        Object end = rulePort.get("endPort");
        return end instanceof Integer last ? port >= number && port <= last : port == number;
    }

    static boolean selects(Map<String, Object> selector, Map<String, String> labels) {
        if (selector == null) {
            return true;
        }
        for (String key : selector.keySet()) {
            if (!key.equals("matchLabels") && !key.equals("matchExpressions")) {
                throw new IllegalStateException("unsupported label selector field: " + key);
            }
        }
        Map<String, Object> matchLabels = (Map<String, Object>) selector.getOrDefault("matchLabels", Map.of());
        for (Map.Entry<String, Object> label : matchLabels.entrySet()) {
            if (!Objects.equals(labels.get(label.getKey()), String.valueOf(label.getValue()))) {
                return false;
            }
        }
        for (Map<String, Object> expression : (List<Map<String, Object>>) selector.getOrDefault("matchExpressions", List.of())) {
            String key = (String) expression.get("key");
            List<String> values = ((List<Object>) expression.getOrDefault("values", List.of())).stream().map(String::valueOf).toList();
            boolean ok = switch ((String) expression.get("operator")) {
                case "In" -> labels.containsKey(key) && values.contains(labels.get(key));
                case "NotIn" -> !labels.containsKey(key) || !values.contains(labels.get(key));
                case "Exists" -> labels.containsKey(key);
                case "DoesNotExist" -> !labels.containsKey(key);
                default -> throw new IllegalStateException("unsupported selector operator: " + expression.get("operator"));
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Object> spec(Map<String, Object> policy) {
        return (Map<String, Object>) policy.get("spec");
    }

    private static String namespace(Map<String, Object> policy) {
        return (String) Kustomize.metadata(policy).get("namespace");
    }

    private static List<String> types(Map<String, Object> policy) {
        List<String> types = (List<String>) spec(policy).get("policyTypes");
        if (types == null) {
            throw new IllegalStateException("NetworkPolicy " + Kustomize.name(policy) + " must name its policyTypes");
        }
        return types;
    }
}
