package vn.drugctl.gateway;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.concurrent.TimeoutException;

/**
 * The largest request body a route passes to its service, checked before the service's bulkhead and breaker:
 * <ul>
 *   <li>a {@code Content-Length} over the limit is answered 413 {@code payload-too-large} at once; the body is not
 *       read and nothing is forwarded (HTTP/1.1 framing lets no more than the declared length through);</li>
 *   <li>a body without a length (chunked) is counted as it arrives. A <em>buffering</em> limit (JSON and other
 *       small bodies) reads it whole, up to the limit, before anything is forwarded, so an oversized one never
 *       reaches the service and a good one is forwarded with its length; a <em>streaming</em> limit (uploads, too
 *       large to hold) forwards it as it comes and, past the limit, breaks the forwarded request off (the service
 *       sees an incomplete request, which it cannot act on) and answers 413.</li>
 * </ul>
 * It also records, for {@link ServiceGuard}, whether the body had arrived whole when a call failed, so that a
 * caller's slow, broken or oversized body is never taken for a failure of the service ({@link #callerFault}).
 * A request without a body costs one header lookup.
 */
final class RequestBodyLimit implements GatewayFilter {
    private static final String STATE = RequestBodyLimit.class.getName() + ".state";

    private final long maxBytes;
    private final boolean buffering;
    private final String what;
    private final FallbackController answers;

    private RequestBodyLimit(long maxBytes, boolean buffering, String what, FallbackController answers) {
        this.maxBytes = maxBytes;
        this.buffering = buffering;
        this.what = what;
        this.answers = answers;
    }

    /** Chunked bodies are read whole (up to {@code maxBytes}) before they are forwarded. */
    static RequestBodyLimit buffering(long maxBytes, String what, FallbackController answers) {
        return new RequestBodyLimit(maxBytes, true, what, answers);
    }

    /** Chunked bodies are forwarded as they arrive and broken off past {@code maxBytes}. */
    static RequestBodyLimit streaming(long maxBytes, String what, FallbackController answers) {
        return new RequestBodyLimit(maxBytes, false, what, answers);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        HttpHeaders headers = request.getHeaders();
        long declared = headers.getContentLength();
        if (declared > maxBytes) {
            return answers.tooLarge(exchange, maxBytes, what);
        }
        boolean chunked = declared < 0 && headers.getFirst(HttpHeaders.TRANSFER_ENCODING) != null;
        if (declared <= 0 && !chunked) {
            return chain.filter(exchange); // no body
        }
        Body body = new Body(maxBytes, what);
        exchange.getAttributes().put(STATE, body);
        Flux<DataBuffer> counted = body.count(request.getBody());
        if (chunked && buffering) {
            return DataBufferUtils.join(counted)
                    .map(joined -> {
                        byte[] bytes = new byte[joined.readableByteCount()];
                        joined.read(bytes);
                        DataBufferUtils.release(joined);
                        return bytes;
                    })
                    .defaultIfEmpty(new byte[0])
                    .flatMap(bytes -> chain.filter(exchange.mutate().request(whole(exchange, bytes)).build()))
                    .onErrorResume(BodyTooLarge.class, e -> answers.tooLarge(exchange, maxBytes, what));
        }
        return chain.filter(exchange.mutate().request(new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                return counted;
            }
        }).build());
    }

    /** The request with its body read whole: sent on with its length instead of in chunks. */
    private static ServerHttpRequest whole(ServerWebExchange exchange, byte[] bytes) {
        ServerHttpRequest withLength = exchange.getRequest().mutate().headers(h -> {
            h.remove(HttpHeaders.TRANSFER_ENCODING);
            h.setContentLength(bytes.length);
        }).build();
        return new ServerHttpRequestDecorator(withLength) {
            @Override
            public Flux<DataBuffer> getBody() {
                return Flux.defer(() -> Flux.just(exchange.getResponse().bufferFactory().wrap(bytes)));
            }
        };
    }

    /**
     * What the caller did to a call that failed, if anything: its body was over the limit, was still arriving when
     * the time limit struck, or broke off. Otherwise the error as it is.
     */
    static Throwable callerFault(ServerWebExchange exchange, Throwable error) {
        Body body = exchange.getAttribute(STATE);
        if (body == null || error instanceof ServiceGuard.CallerFault) {
            return error;
        }
        if (body.tooLarge != null) {
            return body.tooLarge;
        }
        if (body.brokeOff != null) {
            return new BodyBrokeOff(body.brokeOff);
        }
        if (!body.complete && error instanceof TimeoutException) {
            return new BodyTooSlow(body.what, error);
        }
        return error;
    }

    /** The body of one request, counted as it passes. */
    private static final class Body {
        private final long maxBytes;
        private final String what;
        private long bytes;
        private volatile boolean complete;
        private volatile BodyTooLarge tooLarge;
        private volatile Throwable brokeOff;

        Body(long maxBytes, String what) {
            this.maxBytes = maxBytes;
            this.what = what;
        }

        Flux<DataBuffer> count(Flux<DataBuffer> body) {
            return body.<DataBuffer>handle((buffer, sink) -> {
                        bytes += buffer.readableByteCount(); // signals of one Flux are serial
                        if (bytes > maxBytes) {
                            DataBufferUtils.release(buffer);
                            tooLarge = new BodyTooLarge(maxBytes, what);
                            sink.error(tooLarge);
                        } else {
                            sink.next(buffer);
                        }
                    })
                    .doOnComplete(() -> complete = true)
                    .doOnError(error -> {
                        if (!(error instanceof BodyTooLarge)) {
                            brokeOff = error;
                        }
                    });
        }
    }

    /** The body passed the limit (found while it streamed). */
    static final class BodyTooLarge extends ServiceGuard.CallerFault {
        final long maxBytes;
        final String what;

        BodyTooLarge(long maxBytes, String what) {
            super(what + " exceeds " + maxBytes + " bytes", null);
            this.maxBytes = maxBytes;
            this.what = what;
        }
    }

    /** The time limit struck while the body was still arriving: the service never had the whole request. */
    static final class BodyTooSlow extends ServiceGuard.CallerFault {
        final String what;

        BodyTooSlow(String what, Throwable cause) {
            super(what + " was still arriving when the time limit struck", cause);
            this.what = what;
        }
    }

    /** The caller's body broke off (it went away, or its connection failed) while it was forwarded. */
    static final class BodyBrokeOff extends ServiceGuard.CallerFault {
        BodyBrokeOff(Throwable cause) {
            super("the request body broke off: " + cause, cause);
        }
    }
}
