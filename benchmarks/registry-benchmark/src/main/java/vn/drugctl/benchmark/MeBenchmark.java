package vn.drugctl.benchmark;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The {@code me} scenario: one access token (one user, from Keycloak by the password grant), one cheap read
 * ({@code GET /api/registry/me}: the service answers from the token and its unit catalogue, no database), a fixed
 * number of requests in flight for a fixed time. Run once with {@code --target} the gateway and once with the
 * registry-service itself: the same client, token and path, so the ratio of the two throughputs is what the gateway
 * costs on this machine. A warm-up of the same load comes first and is not counted.
 * <p>
 * Prints requests, successes (200, or the {@code --expect}ed status), errors by status with the first body, wall time, successful requests per second
 * and latency percentiles. Exit code 0; 1 when more than 1 % of the measured requests failed (or none succeeded);
 * 2 when it cannot start (bad options, no token, the first request is not answered 200).
 */
final class MeBenchmark {
    static final double MAX_ERROR_RATE = 0.01;
    /** Latencies kept per measured second, at most (far above what one client on this machine can send). */
    private static final int LATENCIES_PER_SECOND = 50_000;

    private final MeOptions options;
    private final PrintStream out;
    private final GatewayClient target;
    private final KeycloakTokens tokens;

    MeBenchmark(MeOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.target = new GatewayClient(http, options.target(), options.timeout());
        this.tokens = new KeycloakTokens(http, options.tokenEndpoint(), options.clientId(), options.password(),
                Clock.systemUTC());
    }

    /** Parses the options (without {@code --scenario}) and runs; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        MeOptions options;
        try {
            options = MeOptions.parse(args);
        } catch (IllegalArgumentException e) {
            boolean help = e.getMessage().isEmpty();
            if (!help) {
                err.println(e.getMessage());
            }
            (help ? out : err).print(MeOptions.USAGE);
            return help ? 0 : 2;
        }
        return new MeBenchmark(options, out).run();
    }

    int run() {
        out.printf("drugctl 'me' benchmark: GET %s%s as %s (token from %s, realm %s), concurrency %d, warm-up %d s,"
                        + " measured %d s%n", options.target(), options.path(), options.user(), options.keycloak(),
                options.realm(), options.concurrency(), options.warmupSeconds(), options.seconds());
        try {
            GatewayClient.Outcome first = target.get(options.path(), tokens.token(options.user()));
            if (!first.is(options.expect())) {
                out.printf("✗ GET %s%s: %s%n", options.target(), options.path(),
                        first.failure() != null ? first.failure() : "HTTP " + first.status() + " " + first.body());
                return 2;
            }
        } catch (KeycloakTokens.TokenException e) {
            out.println("✗ " + e.getMessage());
            return 2;
        }
        if (options.warmupSeconds() > 0) {
            Phase warmup = new Phase("warm-up", 1);
            long wall = load(warmup, options.warmupSeconds());
            out.printf(Locale.ROOT, "warm-up (not counted): %d requests, %d ok, %.1f ok/s%n", warmup.requests(),
                    warmup.ok(), warmup.ok() / (wall / 1e9));
        }
        Phase measured = new Phase("GET " + options.path(), LATENCIES_PER_SECOND * options.seconds());
        long wall = load(measured, options.seconds());
        return report(measured, wall);
    }

    /** {@code concurrency} virtual threads send requests back to back for {@code seconds}; returns the wall time. */
    private long load(Phase phase, int seconds) {
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(seconds).toNanos();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < options.concurrency(); t++) {
                threads.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        phase.record(target.get(options.path(), tokens.token(options.user())), options.expect());
                    }
                });
            }
        }
        return System.nanoTime() - start;
    }

    private int report(Phase phase, long wallNanos) {
        long[] sorted = phase.sortedLatencies();
        double seconds = wallNanos / 1e9;
        double okPerSecond = phase.ok() / seconds;
        out.println();
        out.println("latencies of successful requests, from sending to the whole answer read");
        out.printf("%-20s %8s %8s %7s %8s %9s %8s %8s %8s %8s%n", "target", "requests", "ok", "errors", "wall s",
                "ok/s", "p50 ms", "p90 ms", "p99 ms", "max ms");
        out.printf(Locale.ROOT, "%-20s %8d %8d %7d %8.2f %9.1f %8.2f %8.2f %8.2f %8.2f%n",
                options.target().getAuthority(), phase.requests(), phase.ok(), phase.errorCount(), seconds, okPerSecond,
                millis(Latencies.percentile(sorted, 50)), millis(Latencies.percentile(sorted, 90)),
                millis(Latencies.percentile(sorted, 99)), millis(Latencies.percentile(sorted, 100)));
        phase.errorSummary().forEach((status, summary) -> out.printf("  errors, %s: %s%n",
                status == GatewayClient.NO_ANSWER ? "no answer" : "HTTP " + status, summary));
        if (phase.errorSummary().containsKey(429)) {
            out.println("  429: the gateway's per-user rate limit stopped this one token; for this benchmark start the"
                    + " gateway with a higher one, e.g. DRUGCTL_RATE_LIMIT_USERS_REQUESTS_PER_PERIOD=100000"
                    + " DRUGCTL_RATE_LIMIT_USERS_BURST=100000 (see README, gateway)");
        }
        out.printf(Locale.ROOT, "%nok/s: %.1f  (GET %s%s, concurrency %d, one token; tokens fetched: %d)%n", okPerSecond,
                options.target(), options.path(), options.concurrency(), tokens.fetches());
        double errorRate = phase.requests() == 0 ? 1 : (double) phase.errorCount() / phase.requests();
        if (phase.ok() == 0 || errorRate > MAX_ERROR_RATE) {
            out.printf(Locale.ROOT, "✗ error share %.2f %% exceeds %.2f %%%n", errorRate * 100, MAX_ERROR_RATE * 100);
            return 1;
        }
        return 0;
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
