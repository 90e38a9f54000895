package vn.drugctl.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.security.Principal;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Runs before security so that every answer, a 401 included, carries the correlation id: takes a well-formed
 * {@code X-Correlation-Id} from the caller or makes one, forwards it to the service, returns it, and logs one
 * access line per request (never the token).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationIdFilter implements WebFilter {
    static final String HEADER = "X-Correlation-Id";
    static final String ATTRIBUTE = CorrelationIdFilter.class.getName();
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    private static final Logger access = LoggerFactory.getLogger("vn.drugctl.gateway.access");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String incoming = exchange.getRequest().getHeaders().getFirst(HEADER);
        String id = incoming != null && SANE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
        long start = System.nanoTime();
        ServerWebExchange mutated = exchange.mutate()
                .request(r -> r.headers(h -> h.set(HEADER, id)))
                .build();
        mutated.getAttributes().put(ATTRIBUTE, id);
        mutated.getResponse().getHeaders().set(HEADER, id);
        return chain.filter(mutated)
                .then(Mono.defer(() -> log(mutated, id, start)))
                .onErrorResume(e -> log(mutated, id, start).then(Mono.error(e)));
    }

    private Mono<Void> log(ServerWebExchange exchange, String id, long start) {
        return exchange.getPrincipal().map(CorrelationIdFilter::caller).defaultIfEmpty("-")
                .doOnNext(caller -> {
                    Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
                    var status = exchange.getResponse().getStatusCode();
                    access.info("{} {} {} {}ms correlationId={} route={} caller={}",
                            exchange.getRequest().getMethod(), exchange.getRequest().getPath().value(),
                            status == null ? "-" : status.value(), (System.nanoTime() - start) / 1_000_000, id,
                            route == null ? "-" : route.getId(), caller);
                }).then();
    }

    private static String caller(Principal principal) {
        if (principal instanceof JwtAuthenticationToken token) {
            return token.getToken().getClaimAsString("preferred_username") + "@" + token.getToken().getClaimAsString("unit");
        }
        return principal.getName();
    }
}
