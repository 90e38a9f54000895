package vn.drugctl.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;

/**
 * Remembers access tokens that passed the full check (signature, issuer, audience, expiry), so that a caller's
 * next requests with the same token skip the RSA signature check and the parsing: on the local stack that was 14 % of
 * the gateway's CPU per request (see README, gateway). A hit is the very same token string that was
 * verified, so it carries the same signature and claims; it is answered until the token's {@code exp}, and at most
 * {@link #MAX_AGE} after it was verified, whichever comes first (then it is checked again in full).
 * <p>
 * Failure modes and limits: only successes are remembered (a rejected token is checked again each time, and its
 * error is the delegate's); at most {@code size} tokens are kept, the least recently used leave first; a realm key
 * withdrawn from the JWK set stops a remembered token at the latest {@link #MAX_AGE} later (the services check every
 * token again anyway). {@code nbf} needs no recheck: a token not yet valid is rejected, so never remembered.
 */
final class VerifiedTokenCache implements ReactiveJwtDecoder {
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final ReactiveJwtDecoder delegate;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    VerifiedTokenCache(ReactiveJwtDecoder delegate, int size, Clock clock, Ticker ticker) {
        this.delegate = delegate;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(size)
                .ticker(ticker)
                .expireAfter(Expiry.creating((String token, Jwt jwt) -> lifetime(jwt)))
                .build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt jwt = verified.getIfPresent(token);
        if (jwt != null && clock.instant().isBefore(jwt.getExpiresAt())) {
            return Mono.just(jwt);
        }
        return delegate.decode(token).doOnNext(decoded -> {
            if (decoded.getExpiresAt() != null && clock.instant().isBefore(decoded.getExpiresAt())) {
                verified.put(token, decoded);
            }
        });
    }

    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private Duration lifetime(Jwt jwt) {
        Duration untilExpiry = Duration.between(clock.instant(), jwt.getExpiresAt());
        return untilExpiry.compareTo(MAX_AGE) < 0 ? untilExpiry : MAX_AGE;
    }

    /**
     * Puts the cache in front of the application's {@link ReactiveJwtDecoder} bean, wherever that bean is defined,
     * unless {@code drugctl.security.verified-token-cache-size} is 0.
     */
    @Configuration(proxyBeanMethods = false)
    static class Installer {
        @Bean
        static BeanPostProcessor verifiedTokenCacheInstaller(Environment environment) {
            int size = Binder.get(environment).bind("drugctl.security.verified-token-cache-size", Integer.class)
                    .orElse(GatewayProperties.Security.DEFAULT_VERIFIED_TOKEN_CACHE_SIZE);
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (size > 0 && bean instanceof ReactiveJwtDecoder decoder && !(bean instanceof VerifiedTokenCache)) {
                        return new VerifiedTokenCache(decoder, size, Clock.systemUTC(), Ticker.systemTicker());
                    }
                    return bean;
                }
            };
        }
    }
}
