package vn.drugctl.reporting.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A source service's reconciliation endpoint as a test sets it (JDK {@link HttpServer} on a free local port): it
 * answers {@code GET <path>/{code}} with what {@link #answer} gives for the unit code, with a status of its choosing,
 * or hangs up without answering ({@link #hangUp}, as a service that went away). It records the Authorization header
 * of every request.
 */
public final class SourceStub {
    private final HttpServer server;
    private final String path;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile boolean hangUp;
    private volatile Function<String, String> answer = code -> "{}";

    public SourceStub(String path) {
        this.path = path;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(path, this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers 200 with {@code body(unitCode)}. */
    public SourceStub answer(Function<String, String> body) {
        this.answer = body;
        this.status = 200;
        this.hangUp = false;
        return this;
    }

    /** Answers {@code status} with an empty problem. */
    public SourceStub failWith(int status) {
        this.answer = code -> "{\"status\":" + status + "}";
        this.status = status;
        this.hangUp = false;
        return this;
    }

    /** Closes every connection without an answer. */
    public SourceStub hangUp() {
        this.hangUp = true;
        return this;
    }

    public List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    private void handle(HttpExchange exchange) throws IOException {
        authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        if (hangUp) {
            exchange.close();
            return;
        }
        String code = exchange.getRequestURI().getPath().substring(path.length() + 1);
        byte[] body = answer.apply(code).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
