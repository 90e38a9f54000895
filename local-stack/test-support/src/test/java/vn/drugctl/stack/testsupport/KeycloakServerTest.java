package vn.drugctl.stack.testsupport;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KeycloakServerTest {

    @Test
    void readsTheClaimsOfAJwt() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String jwt = b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString("{\"unit\":\"HN-BL-VUBAN\",\"roles\":[\"COMMUNE_OFFICER\"],\"name\":\"Vũ Bản\"}"
                .getBytes(StandardCharsets.UTF_8)) + ".sig";

        var claims = KeycloakServer.claims(jwt);

        assertThat(claims).containsEntry("unit", "HN-BL-VUBAN").containsEntry("roles", List.of("COMMUNE_OFFICER"))
                .containsEntry("name", "Vũ Bản");
    }

    @Test
    void makesKafkaClusterIdsOfSixteenBytes() {
        String id = KafkaBroker.clusterId();
        assertThat(id).hasSize(22).doesNotStartWith("-");
        assertThat(Base64.getUrlDecoder().decode(id)).hasSize(16);
    }

    @Test
    void findsAJdkOfAtLeast25() {
        assertThat(Jdk.java()).isExecutable();
    }
}
