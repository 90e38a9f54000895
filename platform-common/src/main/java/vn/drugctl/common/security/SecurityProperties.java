package vn.drugctl.common.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param issuerUri the Keycloak realm that issues access tokens; tokens from any other issuer are refused
 * @param jwkSetUri where to fetch the signing keys (default: the issuer's certs endpoint)
 * @param audience the audience every access token must carry
 * @param clockSkew tolerance when checking expiry
 */
@ConfigurationProperties("drugctl.security")
public record SecurityProperties(String issuerUri, String jwkSetUri, String audience, Duration clockSkew) {
    public SecurityProperties {
        issuerUri = issuerUri == null ? "http://127.0.0.1:8180/realms/drugctl" : issuerUri;
        audience = audience == null ? "drugctl-api" : audience;
        clockSkew = clockSkew == null ? Duration.ofSeconds(30) : clockSkew;
    }

    public String effectiveJwkSetUri() {
        return jwkSetUri != null && !jwkSetUri.isBlank() ? jwkSetUri : issuerUri + "/protocol/openid-connect/certs";
    }
}
