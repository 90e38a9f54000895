package vn.drugctl.gateway;

import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;
import vn.drugctl.common.token.VerifiedTokens;

import java.time.Clock;
import java.time.Duration;

/**
 * The gateway's decoder behind platform-core's {@link VerifiedTokens}: a caller's next requests with a token that
 * passed the full check skip the signature check (the guarantee and its limits are {@link VerifiedTokens}'s).
 */
final class VerifiedTokenCache implements ReactiveJwtDecoder {
    static final Duration MAX_AGE = VerifiedTokens.MAX_AGE;

    private final ReactiveJwtDecoder delegate;
    private final VerifiedTokens verified;

    VerifiedTokenCache(ReactiveJwtDecoder delegate, int size, Clock clock, Ticker ticker) {
        this.delegate = delegate;
        this.verified = new VerifiedTokens(size, clock, ticker);
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt jwt = verified.remembered(token);
        if (jwt != null) {
            return Mono.just(jwt);
        }
        return delegate.decode(token).doOnNext(decoded -> verified.remember(token, decoded));
    }

    long size() {
        return verified.size();
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
