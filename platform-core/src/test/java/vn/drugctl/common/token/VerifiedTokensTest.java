package vn.drugctl.common.token;

import com.github.benmanes.caffeine.cache.Ticker;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedTokensTest {
    final Instant start = Instant.parse("2026-12-02T08:00:00Z");
    final AtomicLong nanos = new AtomicLong();
    final Ticker ticker = nanos::get;

    Clock clockAt(Duration later) {
        return Clock.fixed(start.plus(later), ZoneOffset.UTC);
    }

    static Jwt token(Instant expiresAt) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("officer").issuedAt(expiresAt.minusSeconds(300))
                .expiresAt(expiresAt).build();
    }

    void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    @Test
    void aVerifiedTokenIsAnsweredUntilItsExpiry() {
        MovingClock clock = new MovingClock(start);
        VerifiedTokens verified = new VerifiedTokens(10, clock, ticker);
        Jwt jwt = token(start.plusSeconds(60));
        verified.remember("abc", jwt);
        assertThat(verified.remembered("abc")).isSameAs(jwt);

        clock.now = start.plusSeconds(61);
        advance(Duration.ofSeconds(61));
        assertThat(verified.remembered("abc")).as("expired: checked in full again").isNull();
    }

    @Test
    void aLongLivedTokenIsCheckedAgainAfterFiveMinutes() {
        MovingClock clock = new MovingClock(start);
        VerifiedTokens verified = new VerifiedTokens(10, clock, ticker);
        verified.remember("abc", token(start.plus(Duration.ofHours(1))));
        clock.now = start.plus(Duration.ofMinutes(4));
        advance(Duration.ofMinutes(4));
        assertThat(verified.remembered("abc")).isNotNull();
        clock.now = start.plus(Duration.ofMinutes(6));
        advance(Duration.ofMinutes(2));
        assertThat(verified.remembered("abc")).isNull();
    }

    @Test
    void anExpiredTokenIsNotRememberedAndOnlyTheSameStringHits() {
        VerifiedTokens verified = new VerifiedTokens(10, clockAt(Duration.ZERO), ticker);
        verified.remember("old", token(start.minusSeconds(1)));
        assertThat(verified.remembered("old")).isNull();
        verified.remember("abc", token(start.plusSeconds(60)));
        assertThat(verified.remembered("abd")).isNull();
    }

    @Test
    void atMostSizeTokensAreKept() {
        VerifiedTokens verified = new VerifiedTokens(3, clockAt(Duration.ZERO), ticker);
        for (int i = 0; i < 10; i++) {
            verified.remember("t" + i, token(start.plusSeconds(60)));
        }
        assertThat(verified.size()).isLessThanOrEqualTo(3);
    }

    static final class MovingClock extends Clock {
        Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
