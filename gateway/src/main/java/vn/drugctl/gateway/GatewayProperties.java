package vn.drugctl.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * @param routes the downstream services: name (used in 503 answers and breaker names) → base URI and timeout
 * @param cors origins allowed to call the API from a browser
 */
@ConfigurationProperties("drugctl")
public record GatewayProperties(Map<String, Route> routes, Security security, Cors cors) {

    /** @param uri base URI of the service; @param path the path prefix routed to it; @param timeout per request */
    public record Route(String service, String uri, String path, Duration timeout) {
        public Route {
            timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        }
    }

    public record Security(String issuerUri, String jwkSetUri, String audience, Duration clockSkew) {
        public Security {
            issuerUri = issuerUri == null ? "http://127.0.0.1:8180/realms/drugctl" : issuerUri;
            audience = audience == null ? "drugctl-api" : audience;
            clockSkew = clockSkew == null ? Duration.ofSeconds(30) : clockSkew;
        }

        public String effectiveJwkSetUri() {
            return jwkSetUri != null && !jwkSetUri.isBlank() ? jwkSetUri : issuerUri + "/protocol/openid-connect/certs";
        }
    }

    public record Cors(List<String> allowedOrigins) {
        public Cors {
            allowedOrigins = allowedOrigins == null ? List.of("http://localhost:5173") : List.copyOf(allowedOrigins);
        }
    }
}
