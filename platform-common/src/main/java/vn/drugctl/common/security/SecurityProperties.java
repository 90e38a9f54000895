package vn.drugctl.common.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.drugctl.common.token.TokenPolicy;

import java.time.Duration;

/**
 * The service's {@code drugctl.security.*} settings; what they mean, their defaults and every check built on them
 * are platform-core's {@link TokenPolicy}, shared with the gateway.
 *
 * @param issuerUri the Keycloak realm that issues access tokens; tokens from any other issuer are refused
 * @param jwkSetUri where to fetch the signing keys (default: the issuer's certs endpoint)
 * @param audience the audience every access token must carry
 * @param clockSkew tolerance when checking expiry
 */
@ConfigurationProperties("drugctl.security")
public record SecurityProperties(String issuerUri, String jwkSetUri, String audience, Duration clockSkew) {
    public SecurityProperties {
        TokenPolicy policy = new TokenPolicy(issuerUri, jwkSetUri, audience, clockSkew);
        issuerUri = policy.issuerUri();
        audience = policy.audience();
        clockSkew = policy.clockSkew();
    }

    public TokenPolicy tokenPolicy() {
        return new TokenPolicy(issuerUri, jwkSetUri, audience, clockSkew);
    }

    public String effectiveJwkSetUri() {
        return tokenPolicy().effectiveJwkSetUri();
    }
}
