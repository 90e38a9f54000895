package vn.drugctl.common.token;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What both stacks accept as an access token, and what its roles make of the caller. */
class TokenPolicyTest {
    private static final String ISSUER = "https://sso.test/realms/drugctl";
    private final TokenPolicy policy = new TokenPolicy(ISSUER, null, "drugctl-api", Duration.ofSeconds(30));

    private static Jwt token(UnaryOperator<Jwt.Builder> change) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256")
                .issuer(ISSUER).audience(List.of("drugctl-api", "account")).subject("s-1")
                .issuedAt(Instant.now().minusSeconds(600)).expiresAt(Instant.now().plusSeconds(300))
                .claim("preferred_username", "officer.vuban").claim("roles", List.of("COMMUNE_OFFICER"));
        return change.apply(builder).build();
    }

    private OAuth2TokenValidatorResult validate(UnaryOperator<Jwt.Builder> change) {
        return policy.validator().validate(token(change));
    }

    private static String errors(OAuth2TokenValidatorResult result) {
        return result.getErrors().stream().map(e -> e.getErrorCode() + " " + e.getDescription()).toList().toString();
    }

    @Test
    void aTokenOfTheRealmForTheApiWithinItsLifetimePasses() {
        assertThat(validate(b -> b).hasErrors()).isFalse();
    }

    @Test
    void aTokenWithoutExpiryFailsBecauseItWouldNeverExpire() {
        OAuth2TokenValidatorResult result = validate(b -> b.claims(c -> c.remove("exp")));

        assertThat(result.hasErrors()).isTrue();
        assertThat(errors(result)).contains("exp");
    }

    @Test
    void anExpiredTokenFailsButOneJustPastExpiryWithinTheSkewPasses() {
        assertThat(validate(b -> b.expiresAt(Instant.now().minusSeconds(120))).hasErrors()).isTrue();
        assertThat(validate(b -> b.expiresAt(Instant.now().minusSeconds(5))).hasErrors()).isFalse();
    }

    @Test
    void aTokenNotYetValidFails() {
        assertThat(validate(b -> b.notBefore(Instant.now().plusSeconds(120))).hasErrors()).isTrue();
    }

    @Test
    void aTokenOfAnotherIssuerOrForAnotherAudienceFails() {
        assertThat(errors(validate(b -> b.issuer("https://sso.test/realms/other")))).contains("iss");
        assertThat(errors(validate(b -> b.audience(List.of("other-app"))))).contains("aud");
        assertThat(validate(b -> b.claims(c -> c.remove("aud"))).hasErrors()).isTrue();
    }

    @Test
    void withNothingConfiguredThePolicyIsTheLocalRealmsAndTheKeysComeFromItsCertsEndpoint() {
        TokenPolicy defaults = TokenPolicy.defaults();

        assertThat(defaults.issuerUri()).isEqualTo("http://127.0.0.1:8180/realms/drugctl");
        assertThat(defaults.audience()).isEqualTo("drugctl-api");
        assertThat(defaults.clockSkew()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.effectiveJwkSetUri())
                .isEqualTo("http://127.0.0.1:8180/realms/drugctl/protocol/openid-connect/certs");
        assertThat(new TokenPolicy(ISSUER + "/", " ", null, null).effectiveJwkSetUri())
                .isEqualTo(ISSUER + "/protocol/openid-connect/certs");
        assertThat(new TokenPolicy(ISSUER, "http://keys.internal/certs", null, null).effectiveJwkSetUri())
                .isEqualTo("http://keys.internal/certs");
    }

    @Test
    void aNegativeClockSkewIsRefused() {
        assertThatThrownBy(() -> new TokenPolicy(null, null, null, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rolesBecomeRoleAuthoritiesAndATokenWithoutRolesHasNone() {
        assertThat(TokenPolicy.authorities(token(b -> b.claim("roles", List.of("DISTRICT_OFFICER", "ADMIN")))))
                .extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_DISTRICT_OFFICER", "ROLE_ADMIN");
        assertThat(TokenPolicy.authorities(token(b -> b.claims(c -> c.remove("roles"))))).isEmpty();
    }

    @Test
    void aTokenHoldingThePartnerRoleIsAPartnersEvenBesideOtherRoles() {
        assertThat(TokenPolicy.isPartner(TokenPolicy.authorities(List.of("EXCHANGE_PARTNER")))).isTrue();
        assertThat(TokenPolicy.isPartner(TokenPolicy.authorities(List.of("PROVINCE_ANALYST", "EXCHANGE_PARTNER"))))
                .isTrue();
        assertThat(TokenPolicy.isPartner(TokenPolicy.authorities(List.of("PROVINCE_ANALYST", "ADMIN")))).isFalse();
        assertThat(TokenPolicy.deniedDetail(TokenPolicy.authorities(List.of("ADMIN", "EXCHANGE_PARTNER"))))
                .contains("/exchange/**");
        assertThat(TokenPolicy.deniedDetail(TokenPolicy.authorities(List.of("COMMUNE_OFFICER"))))
                .isEqualTo(TokenPolicy.ROLE_DENIED_DETAIL);
    }
}
