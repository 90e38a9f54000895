package vn.drugctl.gateway;

import org.reactivestreams.Publisher;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A service's small answer goes back to the caller in one write. Spring Cloud Gateway relays an answer's body as a
 * stream, and Reactor Netty then sends the status line and headers in one write and the body in another: two
 * system calls in the gateway and two wake-ups of the caller for every answer, a measurable share of what a
 * proxied call costs (see README, gateway). An answer that declares a {@code Content-Length} of at most
 * {@link #MAX_BYTES} is gathered first (it has already arrived, in practice, in the same read as its headers) and
 * sent with its headers at once. Larger answers, and those without a length (streamed, chunked), flow as before.
 * <p>
 * Failure modes: a body that breaks off while gathered fails the answer as it would have while streamed; what is
 * gathered is released if the caller goes away.
 */
@Component
class WholeAnswers implements GlobalFilter, Ordered {
    static final long MAX_BYTES = 256 * 1024;

    @Override
    public int getOrder() {
        // outside NettyWriteResponseFilter, which writes the body once the rest of the chain has run
        return NettyWriteResponseFilter.WRITE_RESPONSE_FILTER_ORDER - 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpResponse response = exchange.getResponse();
        return chain.filter(exchange.mutate().response(new ServerHttpResponseDecorator(response) {
            @Override
            public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
                long length = getHeaders().getContentLength();
                if (body instanceof Mono || length < 0 || length > MAX_BYTES) {
                    return super.writeWith(body);
                }
                return super.writeWith(DataBufferUtils.join(body));
            }
        }).build());
    }
}
