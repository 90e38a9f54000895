package vn.drugctl.gateway;

import com.github.benmanes.caffeine.cache.Ticker;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A verified token is answered from memory until its expiry (at most five minutes), and nothing else is. */
class VerifiedTokenCacheTest {
    private static final Instant START = Instant.parse("2026-11-24T08:00:00Z");

    /** The clock and Caffeine's ticker moved together by the test. */
    private final AtomicLong elapsedNanos = new AtomicLong();
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return START.plusNanos(elapsedNanos.get());
        }
    };
    private final Ticker ticker = elapsedNanos::get;
    private final Map<String, Jwt> realm = new HashMap<>();
    private final AtomicInteger checks = new AtomicInteger();
    private final ReactiveJwtDecoder fullCheck = token -> {
        checks.incrementAndGet();
        Jwt jwt = realm.get(token);
        return jwt != null ? Mono.just(jwt) : Mono.error(new BadJwtException("signature does not match"));
    };

    private void pass(Duration duration) {
        elapsedNanos.addAndGet(duration.toNanos());
    }

    private String issue(String name, Duration lifetime) {
        Jwt jwt = Jwt.withTokenValue(name).header("alg", "RS256").subject("officer")
                .issuedAt(clock.instant()).expiresAt(clock.instant().plus(lifetime)).build();
        realm.put(name, jwt);
        return name;
    }

    @Test
    void aTokenUsedAgainIsNotCheckedAgainUntilItExpires() {
        VerifiedTokenCache cache = new VerifiedTokenCache(fullCheck, 100, clock, ticker);
        String token = issue("token-a", Duration.ofMinutes(2));

        Jwt first = cache.decode(token).block();
        pass(Duration.ofSeconds(119));
        Jwt again = cache.decode(token).block();

        assertThat(again).isSameAs(first);
        assertThat(checks).hasValue(1);

        pass(Duration.ofSeconds(1));
        cache.decode(token).block();
        assertThat(checks).as("at its expiry the full check decides again").hasValue(2);
    }

    @Test
    void aLongLivedTokenIsCheckedAgainAfterFiveMinutes() {
        VerifiedTokenCache cache = new VerifiedTokenCache(fullCheck, 100, clock, ticker);
        String token = issue("token-b", Duration.ofHours(10));

        cache.decode(token).block();
        pass(VerifiedTokenCache.MAX_AGE.minusSeconds(1));
        cache.decode(token).block();
        assertThat(checks).hasValue(1);
        pass(Duration.ofSeconds(1));
        cache.decode(token).block();

        assertThat(checks).hasValue(2);
    }

    @Test
    void aRejectedTokenIsCheckedInFullEachTime() {
        VerifiedTokenCache cache = new VerifiedTokenCache(fullCheck, 100, clock, ticker);

        assertThatThrownBy(() -> cache.decode("forged").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode("forged").block()).isInstanceOf(BadJwtException.class);

        assertThat(checks).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void aTokenAcceptedWithinTheClockSkewAfterItsExpiryIsNotRemembered() {
        VerifiedTokenCache cache = new VerifiedTokenCache(fullCheck, 100, clock, ticker);
        String token = issue("token-c", Duration.ofSeconds(10));
        pass(Duration.ofSeconds(20)); // expired, but the full check (with its skew) still lets it through

        cache.decode(token).block();
        cache.decode(token).block();

        assertThat(checks).hasValue(2);
    }

    @Test
    void atMostSizeTokensAreRemembered() {
        VerifiedTokenCache cache = new VerifiedTokenCache(fullCheck, 3, clock, ticker);
        for (int i = 0; i < 10; i++) {
            cache.decode(issue("token-" + i, Duration.ofMinutes(5))).block();
        }

        assertThat(cache.size()).isLessThanOrEqualTo(3);
    }
}
