package vn.drugctl.common.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import vn.drugctl.common.token.VerifiedTokens;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedJwtDecoderTest {
    final AtomicInteger checks = new AtomicInteger();
    final JwtDecoder signatureChecking = token -> {
        checks.incrementAndGet();
        if (token.startsWith("forged")) {
            throw new BadJwtException("signature does not match");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("officer")
                .expiresAt(Instant.now().plusSeconds(300)).build();
    };

    @Test
    void aTokenThatPassedTheFullCheckSkipsItOnTheNextRequest() {
        JwtDecoder decoder = new VerifiedJwtDecoder(signatureChecking, new VerifiedTokens(100));
        Jwt first = decoder.decode("good.token");
        Jwt second = decoder.decode("good.token");
        assertThat(second).isSameAs(first);
        assertThat(checks.get()).isEqualTo(1);
    }

    @Test
    void aRefusedTokenIsCheckedAndRefusedEveryTime() {
        JwtDecoder decoder = new VerifiedJwtDecoder(signatureChecking, new VerifiedTokens(100));
        assertThatThrownBy(() -> decoder.decode("forged.token")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged.token")).isInstanceOf(BadJwtException.class);
        assertThat(checks.get()).isEqualTo(2);
    }
}
