package vn.drugctl.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway's token check goes through the cache of verified tokens, wherever its decoder is defined. */
class VerifiedTokenCacheIT extends StandInPlatform {

    @Autowired
    ReactiveJwtDecoder decoder;

    @Test
    void aCallersTokenIsVerifiedOnceThenRemembered() {
        assertThat(decoder).isInstanceOf(VerifiedTokenCache.class);
        VerifiedTokenCache cache = (VerifiedTokenCache) decoder;
        String token = Tokens.valid();
        long before = cache.size();

        assertThat(gateway.get("/api/registry/remembered/1", token).statusCode()).isEqualTo(200);
        assertThat(gateway.get("/api/registry/remembered/2", token).statusCode()).isEqualTo(200);

        assertThat(cache.size()).isEqualTo(before + 1);
        assertThat(gateway.get("/api/registry/remembered/3", Tokens.officer().signedBy(Tokens.FORGER_KEY).sign())
                .statusCode()).as("a forged token is still checked, and refused").isEqualTo(401);
        assertThat(cache.size()).isEqualTo(before + 1);
    }
}
