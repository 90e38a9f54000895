package vn.drugctl.common.testing;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

import vn.drugctl.common.token.TokenPolicy;

import java.util.List;
import java.util.UUID;

/**
 * Verified-token stand-ins for in-process MockMvc tests of a single service, with the authorities the service's own
 * converter would give them (platform-core's {@link TokenPolicy#authorities}: {@code roles} as {@code ROLE_*}). The
 * token checks themselves (signature, issuer, expiry, audience) are proven against the real Keycloak in system-tests.
 */
public final class TestTokens {
    private TestTokens() {
    }

    public static JwtRequestPostProcessor user(String username, String unit, String... roles) {
        return SecurityMockMvcRequestPostProcessors.jwt().jwt(j -> j
                .subject(UUID.nameUUIDFromBytes(username.getBytes()).toString())
                .claim("preferred_username", username)
                .claim("unit", unit)
                .claim("roles", List.of(roles))
                .audience(List.of("drugctl-api")))
                .authorities(TokenPolicy.authorities(List.of(roles)));
    }

    public static JwtRequestPostProcessor communeOfficer(String unit) {
        return user("officer." + unit.toLowerCase(), unit, "COMMUNE_OFFICER");
    }

    public static JwtRequestPostProcessor districtOfficer(String unit) {
        return user("district." + unit.toLowerCase(), unit, "DISTRICT_OFFICER");
    }

    public static JwtRequestPostProcessor provinceAnalyst(String unit) {
        return user("analyst." + unit.toLowerCase(), unit, "PROVINCE_ANALYST");
    }

    /** A partner province's client-credentials token: for {@code /exchange/**} only. */
    public static JwtRequestPostProcessor partner(String unit) {
        return user("service-account-exchange-partner-" + unit.toLowerCase(), unit, "EXCHANGE_PARTNER");
    }
}
