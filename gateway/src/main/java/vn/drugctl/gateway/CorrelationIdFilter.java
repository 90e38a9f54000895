package vn.drugctl.gateway;

import io.micrometer.context.ContextRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;
import reactor.util.context.Context;
import vn.drugctl.common.correlation.CorrelationIds;
import vn.drugctl.common.token.TokenPolicy;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The first filter of every request, before security, so that every answer (a 401 included) carries the
 * correlation id: takes a well-formed {@code X-Correlation-Id} from the caller or makes a UUID (platform-core's
 * {@link CorrelationIds}, the rule the services apply too), forwards it to the
 * service, returns it to the caller, puts it in the logging MDC ({@code %X{correlationId}}) and logs one access line
 * per request when the answer's status line is sent: method, path, status, milliseconds, correlation id, route,
 * and the caller's {@code sub}, {@code preferred_username} and {@code unit} claims. Never the token.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationIdFilter implements WebFilter {
    static final String HEADER = CorrelationIds.HEADER;
    static final String MDC_KEY = CorrelationIds.MDC_KEY;
    static final String ATTRIBUTE = CorrelationIdFilter.class.getName() + ".id";
    static final String ORIGINAL_PATH_ATTRIBUTE = CorrelationIdFilter.class.getName() + ".path";
    static final String CALLER_ATTRIBUTE = CorrelationIdFilter.class.getName() + ".caller";
    private static final Logger access = LoggerFactory.getLogger("vn.drugctl.gateway.access");

    static {
        // the MDC entry is restored from the subscriber context where something asks for it (handle/tap operators,
        // Mono.contextCapture); propagation stays "limited" (application.yml: "auto" cost a fifth of the gateway's
        // CPU), so the gateway's own log lines set the id themselves
        ContextRegistry.getInstance().registerThreadLocalAccessor(MDC_KEY,
                () -> MDC.get(MDC_KEY), value -> MDC.put(MDC_KEY, value), () -> MDC.remove(MDC_KEY));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String incoming = exchange.getRequest().getHeaders().getFirst(HEADER);
        String id = CorrelationIds.acceptOrCreate(incoming);
        long start = System.nanoTime();
        ServerWebExchange mutated = exchange.mutate()
                .request(r -> r.headers(h -> h.set(HEADER, id)))
                .build();
        mutated.getAttributes().put(ATTRIBUTE, id);
        mutated.getAttributes().put(ORIGINAL_PATH_ATTRIBUTE, exchange.getRequest().getPath().value());
        mutated.getResponse().getHeaders().set(HEADER, id);

        AtomicBoolean logged = new AtomicBoolean();
        // the status is final when the answer is committed, also when an error handler writes it after this chain
        mutated.getResponse().beforeCommit(() -> Mono.fromRunnable(() -> {
            if (logged.compareAndSet(false, true)) {
                logAccess(mutated, id, start, mutated.getResponse().getStatusCode());
            }
        }));
        return chain.filter(mutated)
                .doFinally(signal -> {
                    if (signal == SignalType.CANCEL && logged.compareAndSet(false, true)) {
                        logAccess(mutated, id, start, null);
                    }
                })
                .contextWrite(Context.of(MDC_KEY, id));
    }

    private static void logAccess(ServerWebExchange exchange, String id, long start, HttpStatusCode status) {
        String previous = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, id);
        try {
            Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
            access.info("{} {} {} {}ms correlationId={} route={} {}",
                    exchange.getRequest().getMethod(), exchange.getAttributeOrDefault(ORIGINAL_PATH_ATTRIBUTE, "-"),
                    status == null ? "cancelled" : status.value(), (System.nanoTime() - start) / 1_000_000, id,
                    route == null ? "-" : route.getId(), exchange.getAttributeOrDefault(CALLER_ATTRIBUTE, "caller=-"));
        } finally {
            if (previous == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, previous);
            }
        }
    }

    /**
     * Runs inside the security chain, once the token is checked, and remembers who is calling for the access
     * line (this filter runs before security and cannot see the principal itself).
     */
    static WebFilter rememberCaller() {
        return (exchange, chain) -> ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .doOnNext(authentication -> {
                    if (authentication instanceof JwtAuthenticationToken token) {
                        exchange.getAttributes().put(CALLER_ATTRIBUTE, describe(token.getToken()));
                    }
                })
                .then(Mono.defer(() -> chain.filter(exchange)));
    }

    private static String describe(Jwt jwt) {
        return "sub=" + jwt.getSubject() + " user=" + jwt.getClaimAsString(TokenPolicy.PRINCIPAL_CLAIM)
                + " unit=" + jwt.getClaimAsString(TokenPolicy.UNIT_CLAIM);
    }
}
