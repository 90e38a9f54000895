package vn.drugctl.common.token;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import vn.drugctl.common.tenancy.Role;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The one set of rules for the platform's access tokens, applied by the gateway (reactive) and by every service
 * (servlet) alike: each stack builds its decoder, its authority mapping and its partner check from here, so the
 * two can no longer drift apart.
 *
 * <p>A token is accepted only when its signature verifies against the realm's keys (the stacks' decoders do that
 * with {@link #effectiveJwkSetUri()}) and {@link #validator()} passes: {@code exp} present and not past (beyond
 * {@link #clockSkew()}), {@code nbf} not ahead, {@code iss} equal to {@link #issuerUri()}, {@code aud} containing
 * {@link #audience()}. A token without {@code exp} fails: it would never expire.
 *
 * <p>Roles come from the flat {@value #ROLES_CLAIM} claim as {@code ROLE_*} authorities ({@link #authorities(Jwt)});
 * the principal's name is the {@value #PRINCIPAL_CLAIM} claim. A token holding {@link Role#EXCHANGE_PARTNER} is a
 * partner province's, whatever else it holds ({@link #isPartner(Collection)}): it may call {@value #EXCHANGE_PATHS}
 * and nothing else; both stacks answer 403 ({@link #PARTNER_DENIED_DETAIL}) anywhere else.
 *
 * @param issuerUri  the exact {@code iss} of accepted tokens (the Keycloak realm URL); default {@value #DEFAULT_ISSUER_URI}
 * @param jwkSetUri  where the realm's public keys are fetched; blank means issuer + {@value #CERTS_PATH}
 * @param audience   must be one of the token's {@code aud} values; default {@value #DEFAULT_AUDIENCE}
 * @param clockSkew  tolerance on {@code exp} and {@code nbf} for clocks that differ between hosts; default 30 s
 */
public record TokenPolicy(String issuerUri, String jwkSetUri, String audience, Duration clockSkew) {
    public static final String DEFAULT_ISSUER_URI = "http://127.0.0.1:8180/realms/drugctl";
    public static final String DEFAULT_AUDIENCE = "drugctl-api";
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(30);
    public static final String CERTS_PATH = "/protocol/openid-connect/certs";

    /** Keycloak realm roles, flattened into one claim by the realm's mapper. */
    public static final String ROLES_CLAIM = "roles";
    /** The caller's login name: the principal's name and what the access log shows. */
    public static final String PRINCIPAL_CLAIM = "preferred_username";
    /** The caller's unit code, from which the tenant scope is derived. */
    public static final String UNIT_CLAIM = "unit";
    public static final String ROLE_PREFIX = "ROLE_";
    public static final String PARTNER_AUTHORITY = ROLE_PREFIX + Role.EXCHANGE_PARTNER.name();
    /** The only paths a partner token may call. */
    public static final String EXCHANGE_PATHS = "/exchange/**";

    public static final String TOKEN_REQUIRED_DETAIL = "A bearer access token is required";
    public static final String TOKEN_INVALID_DETAIL = "The access token is invalid";
    public static final String ROLE_DENIED_DETAIL = "Your roles do not allow this request";
    public static final String PARTNER_DENIED_DETAIL =
            "Partner tokens (role EXCHANGE_PARTNER) are for /exchange/** only; they reach nothing else of the platform";
    public static final String IDENTITY_PROVIDER_UNAVAILABLE_DETAIL = "The access token cannot be checked right now "
            + "because the identity provider is unreachable; try again shortly";

    public TokenPolicy {
        issuerUri = issuerUri == null || issuerUri.isBlank() ? DEFAULT_ISSUER_URI : issuerUri;
        jwkSetUri = jwkSetUri == null || jwkSetUri.isBlank() ? null : jwkSetUri;
        audience = audience == null || audience.isBlank() ? DEFAULT_AUDIENCE : audience;
        clockSkew = clockSkew == null ? DEFAULT_CLOCK_SKEW : clockSkew;
        if (clockSkew.isNegative()) {
            throw new IllegalArgumentException("The clock skew must not be negative: " + clockSkew);
        }
    }

    /** The policy with every default: the local stack's realm. */
    public static TokenPolicy defaults() {
        return new TokenPolicy(null, null, null, null);
    }

    /** The configured JWK set URI, or the issuer's certs endpoint. */
    public String effectiveJwkSetUri() {
        return jwkSetUri != null ? jwkSetUri : issuerUri.replaceAll("/+$", "") + CERTS_PATH;
    }

    /** Every claim check beyond the signature: expiry (required) and not-before with the skew, issuer, audience. */
    public OAuth2TokenValidator<Jwt> validator() {
        return new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(clockSkew),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtIssuerValidator(issuerUri),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience)));
    }

    /** The token's {@value #ROLES_CLAIM} claim as {@code ROLE_*} authorities; none when the claim is absent. */
    public static Collection<GrantedAuthority> authorities(Jwt jwt) {
        return authorities(jwt.getClaimAsStringList(ROLES_CLAIM));
    }

    /** Role names as {@code ROLE_*} authorities. */
    public static List<GrantedAuthority> authorities(Collection<String> roles) {
        return roles == null ? List.of()
                : roles.stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(ROLE_PREFIX + r)).toList();
    }

    /** Whether these authorities are a partner province's: any that holds the partner role is, even beside others. */
    public static boolean isPartner(Collection<? extends GrantedAuthority> authorities) {
        return authorities != null && authorities.stream().anyMatch(a -> PARTNER_AUTHORITY.equals(a.getAuthority()));
    }

    /** Why a caller with these authorities is refused a request its roles do not allow. */
    public static String deniedDetail(Collection<? extends GrantedAuthority> authorities) {
        return isPartner(authorities) ? PARTNER_DENIED_DETAIL : ROLE_DENIED_DETAIL;
    }
}
