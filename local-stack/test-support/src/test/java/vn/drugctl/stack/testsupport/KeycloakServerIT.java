package vn.drugctl.stack.testsupport;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real Keycloak with the project's realm: the claims the services rely on are in its tokens. */
class KeycloakServerIT {

    @Test
    void aCommuneOfficerTokenCarriesUnitRolesAudienceAndIssuer() {
        KeycloakServer keycloak = Servers.keycloak();
        assertThat(keycloak.issuerUri()).isEqualTo("http://127.0.0.1:" + keycloak.port() + "/realms/drugctl");

        Map<String, Object> claims = KeycloakServer.claims(keycloak.passwordToken("test-cli", "officer.vuban", "demo"));

        assertThat(claims.get("unit")).isEqualTo("HN-BL-VUBAN");
        assertThat(asList(claims.get("roles"))).contains("COMMUNE_OFFICER");
        assertThat(asList(claims.get("aud"))).contains("drugctl-api");
        assertThat(claims.get("iss")).isEqualTo(keycloak.issuerUri());
        assertThat(claims.get("preferred_username")).isEqualTo("officer.vuban");
    }

    @Test
    void thePartnerProvinceGetsAServiceAccountToken() {
        KeycloakServer keycloak = Servers.keycloak();

        Map<String, Object> claims = KeycloakServer.claims(
                keycloak.clientCredentialsToken("exchange-partner-bn", "partner-bn-secret"));

        assertThat(asList(claims.get("roles"))).contains("EXCHANGE_PARTNER");
        assertThat(claims.get("unit")).isEqualTo("PARTNER-BN");
        assertThat(claims.get("azp")).isEqualTo("exchange-partner-bn");
        assertThat(claims.get("iss")).isEqualTo(keycloak.issuerUri());
    }

    @Test
    void aWrongPasswordIsRefusedWithKeycloaksAnswer() {
        assertThatThrownBy(() -> Servers.keycloak().passwordToken("test-cli", "officer.vuban", "wrong"))
                .hasMessageContaining("answered 400").hasMessageContaining("invalid_grant");
    }

    @Test
    void testClassesShareOneKeycloak() {
        assertThat(Servers.keycloak()).isSameAs(Servers.keycloak());
        assertThat(Servers.keycloak().process().isAlive()).isTrue();
    }

    private static List<Object> asList(Object claim) {
        return claim instanceof List<?> list ? List.copyOf(list) : List.of(claim);
    }
}
