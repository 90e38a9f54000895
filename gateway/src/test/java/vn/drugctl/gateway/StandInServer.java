package vn.drugctl.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for a downstream service (or for Keycloak's JWK set endpoint) on a random local port. Records
 * the headers of every request by path and answers:
 * <ul>
 *   <li>{@code /certs}: the realm's JWK set ({@link Tokens#jwkSet()})</li>
 *   <li>{@code .../status/NNN}: status NNN with a JSON body and an {@code X-Stand-In} header</li>
 *   <li>{@code .../slow}: only once {@link #releaseSlowAnswers()} is called (or after 60 s)</li>
 *   <li>{@code .../held}: only once the {@link #holdAnswers() hold} in force when it arrived is released (or after
 *       60 s); {@link #held()} counts those waiting</li>
 *   <li>{@code .../bytes/N}: 200 with N bytes of text and their {@code Content-Length}; {@code .../chunked/N} the
 *       same without a length (chunked)</li>
 *   <li>anything else: 200 {@code {"ok":true,"service":"<name>","path":"..."}}</li>
 * </ul>
 * It reads every request body whole before answering and records its length (-1 if it broke off). Like the real
 * services it echoes {@code X-Correlation-Id}.
 */
final class StandInServer implements AutoCloseable {
    private static final Pattern STATUS = Pattern.compile(".*/status/(\\d{3})$");
    private static final Pattern BYTES = Pattern.compile(".*/(bytes|chunked)/(\\d+)$");

    /** What arrived for one path: header names lower-cased, first values; the body's length, -1 if it broke off. */
    record Received(String method, Map<String, String> headers, long bodyBytes) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final String name;
    private final HttpServer server;
    private final Map<String, Received> received = new ConcurrentHashMap<>();
    private final AtomicInteger keyFetches = new AtomicInteger();
    private final CountDownLatch slowAnswers = new CountDownLatch(1);
    private final AtomicReference<CountDownLatch> hold = new AtomicReference<>(new CountDownLatch(0));
    private final AtomicInteger held = new AtomicInteger();

    StandInServer(String name) {
        this.name = name;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/certs", exchange -> {
            keyFetches.incrementAndGet();
            answer(exchange, 200, Tokens.jwkSet());
        });
        server.createContext("/", this::serve);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    Received received(String path) {
        return received.get(path);
    }

    boolean receivedAnythingUnder(String prefix) {
        return received.keySet().stream().anyMatch(path -> path.startsWith(prefix));
    }

    int keyFetches() {
        return keyFetches.get();
    }

    void releaseSlowAnswers() {
        slowAnswers.countDown();
    }

    /** From now on {@code .../held} waits until the returned hold is closed. */
    AutoCloseable holdAnswers() {
        CountDownLatch latch = new CountDownLatch(1);
        hold.set(latch);
        return latch::countDown;
    }

    /** Requests to {@code .../held} waiting now. */
    int held() {
        return held.get();
    }

    @Override
    public void close() {
        releaseSlowAnswers();
        server.stop(0);
    }

    /** A local port with nothing listening on it: connections are refused. */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((header, values) -> headers.put(header.toLowerCase(Locale.ROOT), values.getFirst()));
        long bodyBytes;
        try (InputStream body = exchange.getRequestBody()) {
            bodyBytes = body.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            bodyBytes = -1;
        }
        received.put(path, new Received(exchange.getRequestMethod(), headers, bodyBytes));
        String correlationId = exchange.getRequestHeaders().getFirst("X-Correlation-Id");
        if (correlationId != null) {
            exchange.getResponseHeaders().add("X-Correlation-Id", correlationId);
        }
        Matcher status = STATUS.matcher(path);
        if (status.matches()) {
            exchange.getResponseHeaders().add("X-Stand-In", name);
            answer(exchange, Integer.parseInt(status.group(1)),
                    "{\"type\":\"https://drugctl.vn/problems/from-" + name + "\",\"status\":" + status.group(1) + "}");
            return;
        }
        Matcher bytes = BYTES.matcher(path);
        if (bytes.matches()) {
            byte[] body = text(Integer.parseInt(bytes.group(2)));
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            try (exchange) {
                // a length of 0 means chunked to HttpServer; -1, no body
                exchange.sendResponseHeaders(200, !bytes.group(1).equals("bytes") ? 0 : body.length == 0 ? -1 : body.length);
                exchange.getResponseBody().write(body);
            }
            return;
        }
        if (path.endsWith("/held")) {
            CountDownLatch latch = hold.get();
            held.incrementAndGet();
            try {
                latch.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                held.decrementAndGet();
            }
        }
        if (path.endsWith("/slow")) {
            try {
                slowAnswers.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        answer(exchange, 200, "{\"ok\":true,\"service\":\"" + name + "\",\"path\":\"" + path + "\"}");
    }

    /** {@code length} bytes of numbered lines, so that a byte out of place shows. */
    static byte[] text(int length) {
        StringBuilder text = new StringBuilder(length + 16);
        for (int line = 0; text.length() < length; line++) {
            text.append("dòng ").append(line).append('\n');
        }
        byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
        return java.util.Arrays.copyOf(utf8, length);
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        try (exchange) {
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        } catch (IOException e) {
            // the gateway gave up on a slow answer and closed the connection
        }
    }
}
