package vn.drugctl.systemtests.deployment;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two realms: {@code drugctl-realm.prod.json}, which docker-compose.yml and k8s/ import, must hold no account, no
 * test client, no secret and no password grant; {@code drugctl-realm.json}, which {@code ./platform up} and the tests
 * import, must keep its demo users and test clients (the end-to-end tests log in with them), so that nobody swaps
 * one file for the other unnoticed.
 */
class ProductionRealmTest {
    static final Path PROD = DockerComposeFileTest.ROOT.resolve("config/keycloak/drugctl-realm.prod.json");
    static final Path DEMO = DockerComposeFileTest.ROOT.resolve("config/keycloak/drugctl-realm.json");
    static final JsonMapper JSON = JsonMapper.builder().build();

    final JsonNode prod = JSON.readTree(PROD.toFile());
    final JsonNode demo = JSON.readTree(DEMO.toFile());

    @Test
    void productionRealmHasNoUserAndNoServiceAccount() {
        assertThat(prod.path("users").isMissingNode() || prod.path("users").isEmpty()).as("users").isTrue();
        assertThat(prod.path("federatedUsers").isMissingNode()).isTrue();
        assertThat(clients(prod)).noneMatch(c -> c.path("serviceAccountsEnabled").asBoolean(false));
    }

    @Test
    void productionRealmHasOnlyTheWebClientAndNoTestClient() {
        assertThat(clientIds(prod)).containsExactly("web")
                .doesNotContain("test-cli", "test-short-lived", "other-app", "gateway");
        assertThat(clientIds(prod)).noneMatch(id -> id.startsWith("exchange-partner"));
    }

    @Test
    void noProductionClientAllowsThePasswordGrantTheImplicitFlowOrADeviceGrant() {
        for (JsonNode client : clients(prod)) {
            String id = client.path("clientId").asString();
            assertThat(client.path("directAccessGrantsEnabled").isBoolean()).as(id + " says directAccessGrantsEnabled").isTrue();
            assertThat(client.path("directAccessGrantsEnabled").asBoolean()).as(id + " password grant").isFalse();
            assertThat(client.path("implicitFlowEnabled").asBoolean(false)).as(id + " implicit flow").isFalse();
            assertThat(client.path("attributes").path("oauth2.device.authorization.grant.enabled").asString("false"))
                    .as(id + " device grant").isEqualTo("false");
        }
    }

    @Test
    void productionRealmHoldsNoSecretNoPasswordAndNoCredential() {
        List<String> found = new ArrayList<>();
        walk(prod, "", (path, key, value) -> {
            String lower = key.toLowerCase();
            if (lower.endsWith("secret") || lower.endsWith("password") || lower.equals("credentials") || lower.equals("value")
                    || lower.contains("secretdata") || lower.contains("credentialdata")) {
                found.add(path);
            }
        });
        assertThat(found).as("fields holding a secret").isEmpty();
        assertThat(clients(prod)).allSatisfy(c -> assertThat(c.has("secret")).isFalse());
    }

    @Test
    void productionRealmRequiresTlsLocksOutGuessingAndKeepsTokensShort() {
        assertThat(prod.path("sslRequired").asString()).isIn("external", "all");
        assertThat(prod.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(prod.path("failureFactor").asInt()).isBetween(3, 10);
        assertThat(prod.path("maxFailureWaitSeconds").asInt()).isGreaterThanOrEqualTo(300);
        assertThat(prod.path("accessTokenLifespan").asInt()).isBetween(60, 900);
        assertThat(prod.path("ssoSessionIdleTimeout").asInt()).isBetween(300, 3600);
        assertThat(prod.path("ssoSessionMaxLifespan").asInt()).isBetween(3600, 12 * 3600);
        assertThat(prod.path("revokeRefreshToken").asBoolean()).isTrue();
        assertThat(prod.path("registrationAllowed").asBoolean()).isFalse();
        assertThat(prod.path("eventsEnabled").asBoolean()).as("login events kept").isTrue();
        assertThat(prod.path("adminEventsEnabled").asBoolean()).as("admin events kept").isTrue();
        Matcher length = Pattern.compile("length\\((\\d+)\\)").matcher(prod.path("passwordPolicy").asString());
        assertThat(length.find()).as("password policy sets a minimum length").isTrue();
        assertThat(Integer.parseInt(length.group(1))).isGreaterThanOrEqualTo(12);
    }

    @Test
    void webClientIsPublicWithPkceAndTheAuthorizationCodeFlowOnlyOnTheConfiguredOrigin() {
        JsonNode web = client(prod, "web");
        assertThat(web.path("publicClient").asBoolean()).isTrue();
        assertThat(web.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(web.path("attributes").path("pkce.code.challenge.method").asString()).isEqualTo("S256");
        assertThat(strings(web.path("redirectUris"))).isNotEmpty()
                .allSatisfy(uri -> assertThat(uri).startsWith("${DRUGCTL_WEB_ORIGIN}/"));
        assertThat(strings(web.path("webOrigins"))).containsExactly("${DRUGCTL_WEB_ORIGIN}");
        assertThat(web.path("attributes").path("post.logout.redirect.uris").asString()).startsWith("${DRUGCTL_WEB_ORIGIN}/");
    }

    @Test
    void theOnlyPlaceholderIsTheWebOriginWhichComposeAndTheOverlayProvide() {
        Set<String> placeholders = new TreeSet<>();
        Matcher m = Pattern.compile("\\$\\{([^}:]+)").matcher(Kustomize.read(PROD));
        while (m.find()) {
            placeholders.add(m.group(1));
        }
        assertThat(placeholders).containsExactly("DRUGCTL_WEB_ORIGIN");
    }

    @Test
    void productionRealmKeepsTheRolesTheUnitAttributeAndTheTokenMappersOfTheDemoRealm() {
        assertThat(prod.path("roles")).isEqualTo(demo.path("roles"));
        assertThat(strings(prod.path("roles").path("realm"), "name"))
                .contains("COMMUNE_OFFICER", "DISTRICT_OFFICER", "PROVINCE_ANALYST", "EXCHANGE_PARTNER", "ADMIN");
        assertThat(prod.path("components")).isEqualTo(demo.path("components"));
        assertThat(prod.path("components").toString()).contains("\\\"name\\\":\\\"unit\\\"");
        assertThat(client(prod, "web").path("protocolMappers")).isEqualTo(client(demo, "web").path("protocolMappers"));
        assertThat(strings(client(prod, "web").path("protocolMappers"), "protocolMapper"))
                .containsExactlyInAnyOrder("oidc-usermodel-attribute-mapper", "oidc-usermodel-realm-role-mapper", "oidc-audience-mapper");
        assertThat(client(prod, "web").path("protocolMappers").toString()).contains("\"included.custom.audience\":\"drugctl-api\"");
    }

    @Test
    void demoRealmKeepsItsDemoUsersAndTestClientsForPlatformUpAndTheTests() {
        assertThat(strings(demo.path("users"), "username")).contains("officer.vuban", "officer.trangan", "officer.binhluc",
                "analyst.hanam", "admin.drugctl", "service-account-exchange-partner-bn");
        assertThat(clientIds(demo)).contains("test-cli", "test-short-lived", "other-app", "exchange-partner-bn", "web");
        assertThat(demo.path("displayName").asString()).containsIgnoringCase("demo");
    }

    private static List<JsonNode> clients(JsonNode realm) {
        return StreamSupport.stream(realm.path("clients").spliterator(), false).toList();
    }

    private static List<String> clientIds(JsonNode realm) {
        return clients(realm).stream().map(c -> c.path("clientId").asString()).toList();
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        return clients(realm).stream().filter(c -> clientId.equals(c.path("clientId").asString())).findFirst().orElseThrow();
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }

    private static List<String> strings(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.path(field).asString()).toList();
    }

    private interface FieldVisitor {
        void visit(String path, String key, JsonNode value);
    }

    private static void walk(JsonNode node, String path, FieldVisitor visitor) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                visitor.visit(path + "/" + field.getKey(), field.getKey(), field.getValue());
                walk(field.getValue(), path + "/" + field.getKey(), visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "/" + i, visitor);
            }
        }
    }
}
