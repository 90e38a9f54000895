package vn.drugctl.hotspot;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.drugctl.common.testing.InProcessMongo;

import java.net.ServerSocket;
import java.util.Date;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** When the identity provider's keys cannot be fetched, a token cannot be judged: 503, not a misleading 401. */
@SpringBootTest
@AutoConfigureMockMvc
class IdentityProviderOutageIT {
    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        int port = closed;
        registry.add("spring.mongodb.uri", () -> InProcessMongo.uri("idp_outage_it"));
        registry.add("drugctl.security.jwk-set-uri", () -> "http://127.0.0.1:" + port + "/certs");
    }

    @Autowired
    MockMvc mvc;

    @Test
    void wellFormedTokenWhileKeysAreUnreachableIs503() throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(),
                new JWTClaimsSet.Builder().issuer("http://127.0.0.1:8180/realms/drugctl").subject("s")
                        .audience("drugctl-api").expirationTime(new Date(System.currentTimeMillis() + 60_000)).build());
        jwt.sign(new RSASSASigner(new RSAKeyGenerator(2048).generate()));

        mvc.perform(get("/api/hotspots/me").header("Authorization", "Bearer " + jwt.serialize()))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "10"))
                .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/identity-provider-unavailable"));
    }

    @Test
    void malformedTokenIsStill401() throws Exception {
        mvc.perform(get("/api/hotspots/me").header("Authorization", "Bearer not-a-jwt"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/unauthenticated"));
    }
}
