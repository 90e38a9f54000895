package vn.drugctl.gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Access tokens shaped like the realm's (iss, aud, sub, preferred_username, unit, flat roles), signed with a key
 * generated for the test run; {@link #jwkSet()} is what the stand-in JWK set endpoint serves.
 */
final class Tokens {
    static final String ISSUER = "http://issuer.test/realms/drugctl";
    static final String AUDIENCE = "drugctl-api";
    static final RSAKey REALM_KEY = generate();
    /** Same key id as the realm's, different key material: a forger's. */
    static final RSAKey FORGER_KEY = generate(REALM_KEY.getKeyID());

    private Tokens() {
    }

    static Builder officer() {
        return new Builder();
    }

    static String valid() {
        return officer().sign();
    }

    static String jwkSet() {
        return new JWKSet(REALM_KEY.toPublicJWK()).toString();
    }

    static final class Builder {
        private RSAKey key = REALM_KEY;
        private String issuer = ISSUER;
        private String audience = AUDIENCE;
        private Instant expiry = Instant.now().plus(Duration.ofMinutes(5));
        private boolean withExpiry = true;
        private List<String> roles = List.of("COMMUNE_OFFICER");
        private String subject = "6f1c2a4e-officer-vuban";
        private String azp = "test-cli";

        Builder signedBy(RSAKey key) {
            this.key = key;
            return this;
        }

        Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        Builder audience(String audience) {
            this.audience = audience;
            return this;
        }

        Builder expiredAgo(Duration ago) {
            this.expiry = Instant.now().minus(ago);
            return this;
        }

        Builder withoutExpiry() {
            this.withExpiry = false;
            return this;
        }

        Builder roles(String... roles) {
            this.roles = List.of(roles);
            return this;
        }

        Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        Builder client(String azp) {
            this.azp = azp;
            return this;
        }

        String sign() {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .issuer(issuer).subject(subject).audience(List.of(audience, "account"))
                    .issueTime(Date.from(Instant.now().minusSeconds(600))).jwtID(UUID.randomUUID().toString())
                    .claim("azp", azp)
                    .claim("preferred_username", "officer.vuban").claim("unit", "HN-BL-VUBAN").claim("roles", roles);
            if (withExpiry) {
                claims.expirationTime(Date.from(expiry));
            }
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims.build());
            try {
                jwt.sign(new RSASSASigner(key));
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            return jwt.serialize();
        }
    }

    private static RSAKey generate() {
        return generate(UUID.randomUUID().toString());
    }

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
