package vn.drugctl.common.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import vn.drugctl.common.security.SecurityProperties;
import vn.drugctl.common.token.TokenPolicy;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Signed access tokens for a service running on a real port, shaped like the realm's (iss, aud, sub,
 * preferred_username, unit, flat roles). {@link Decoder} replaces the service's JWK-set decoder by one that trusts
 * this test run's key and applies the service's own {@link TokenPolicy} (issuer, audience, required expiry, skew),
 * so everything but the key fetch is the production check.
 */
public final class SignedTokens {
    private static final RSAKey KEY = generate();

    private SignedTokens() {
    }

    /** A token of the service's default realm for the API audience, valid for five minutes. */
    public static String of(String username, String unit, String... roles) {
        return sign(username, unit, List.of(roles), true);
    }

    /** The same token without {@code exp}: it would never expire, so every check must refuse it. */
    public static String withoutExpiry(String username, String unit, String... roles) {
        return sign(username, unit, List.of(roles), false);
    }

    private static String sign(String username, String unit, List<String> roles, boolean withExpiry) {
        TokenPolicy policy = TokenPolicy.defaults();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(policy.issuerUri()).audience(List.of(policy.audience(), "account"))
                .subject(UUID.nameUUIDFromBytes(username.getBytes()).toString())
                .issueTime(Date.from(Instant.now().minusSeconds(60))).jwtID(UUID.randomUUID().toString())
                .claim(TokenPolicy.PRINCIPAL_CLAIM, username).claim(TokenPolicy.UNIT_CLAIM, unit)
                .claim(TokenPolicy.ROLES_CLAIM, roles);
        if (withExpiry) {
            claims.expirationTime(Date.from(Instant.now().plusSeconds(300)));
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(),
                claims.build());
        try {
            jwt.sign(new RSASSASigner(KEY));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The service's decoder, trusting this test run's key; every claim check is the service's own policy. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Decoder {
        @Bean
        JwtDecoder jwtDecoder(SecurityProperties properties) {
            try {
                NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(KEY.toRSAPublicKey()).build();
                decoder.setJwtValidator(properties.tokenPolicy().validator());
                return decoder;
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
