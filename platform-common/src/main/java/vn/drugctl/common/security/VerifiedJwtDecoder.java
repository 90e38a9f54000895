package vn.drugctl.common.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import vn.drugctl.common.token.VerifiedTokens;

/**
 * A service's decoder behind platform-core's {@link VerifiedTokens}, as the gateway's is: a caller's next requests
 * with a token that passed the full check skip the signature check (the guarantee and its limits are
 * {@link VerifiedTokens}'s). A token the delegate refuses is never remembered.
 */
final class VerifiedJwtDecoder implements JwtDecoder {
    private final JwtDecoder delegate;
    private final VerifiedTokens verified;

    VerifiedJwtDecoder(JwtDecoder delegate, VerifiedTokens verified) {
        this.delegate = delegate;
        this.verified = verified;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt jwt = verified.remembered(token);
        if (jwt != null) {
            return jwt;
        }
        Jwt decoded = delegate.decode(token);
        verified.remember(token, decoded);
        return decoded;
    }
}
