package vn.drugctl.benchmark;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.drugctl.benchmark.RegistryRequests.Dates;
import vn.drugctl.benchmark.RegistryRequests.Step;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Write benchmark of the registry through the gateway, with real tokens from Keycloak: registers N synthetic
 * people, then moves people along their lists (M list changes, each person's in order), and prints per phase the
 * requests, errors by status, wall time, throughput and latency percentiles, then the writes per second overall.
 * Warm-up requests come first and are not counted. Not a test: run it by hand against a running stack
 * ({@code ./platform up}, then {@code ./benchmark}).
 * <p>
 * Exit code 0; 1 when the measured error share exceeds {@code --max-error-rate} (or nothing succeeded); 2 when it
 * cannot start (bad options, no token from Keycloak, the gateway does not answer {@code /api/registry/me}).
 */
public final class RegistryBenchmark {
    static final int GOAL_WRITES_PER_SECOND = 500;
    static final double GOAL_P99_MILLIS = 100;
    /** Spring Cloud CircuitBreaker's default Resilience4j bulkhead around each gateway route. */
    static final int GATEWAY_BULKHEAD = 25;
    private static final JsonMapper json = JsonMapper.builder().build();

    private final BenchmarkOptions options;
    private final PrintStream out;
    private final GatewayClient gateway;
    private final KeycloakTokens tokens;
    private final SyntheticPeople people;
    private final Random random;
    private final LocalDate today = LocalDate.now();
    private final Map<String, String> unitOf = new LinkedHashMap<>();
    private final HttpClient http;
    private int documents;

    /** A registered person: who registered it (and so may change its lists), its id and its dates. */
    private record Registered(String user, String id, Dates dates) {
    }

    RegistryBenchmark(BenchmarkOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.http = http;
        this.gateway = new GatewayClient(http, options.gateway(), options.timeout());
        this.tokens = new KeycloakTokens(http, options.tokenEndpoint(), options.clientId(), options.password(),
                Clock.systemUTC());
        this.people = new SyntheticPeople(options.seed());
        this.random = new Random(options.seed() ^ 0x5DEECE66DL);
    }

    public static void main(String[] args) {
        BenchmarkOptions options;
        try {
            if (Scenario.of(args) == Scenario.ME) {
                System.exit(MeBenchmark.run(Scenario.rest(args), System.out, System.err));
                return;
            }
            if (Scenario.of(args) == Scenario.LEDGER) {
                System.exit(LedgerBenchmark.run(Scenario.rest(args), System.out, System.err));
                return;
            }
            options = BenchmarkOptions.parse(Scenario.rest(args));
        } catch (IllegalArgumentException e) {
            boolean help = e.getMessage().isEmpty();
            if (!help) {
                System.err.println(e.getMessage());
            }
            (help ? System.out : System.err).print(BenchmarkOptions.USAGE);
            System.exit(help ? 0 : 2);
            return;
        }
        System.exit(new RegistryBenchmark(options, System.out).run());
    }

    int run() {
        out.printf("drugctl registry benchmark: gateway %s, Keycloak %s (realm %s, client %s)%n", options.gateway(),
                options.keycloak(), options.realm(), options.clientId());
        out.printf("%d people, %d list changes, concurrency %d, warm-up %d, seed %d%n", options.people(),
                options.transitions(), options.concurrency(), options.warmup(), options.seed());
        if (options.concurrency() > GATEWAY_BULKHEAD) {
            out.printf("note: the gateway admits %d concurrent calls per service (its Resilience4j bulkhead); above that"
                    + " requests are answered 503 and trip its circuit breaker%n", GATEWAY_BULKHEAD);
        }
        try {
            if (!preflight()) {
                return 2;
            }
        } catch (KeycloakTokens.TokenException e) {
            out.println("✗ " + e.getMessage());
            return 2;
        }

        if (options.warmup() > 0) {
            Phase register = new Phase("warm-up register", options.warmup());
            List<Registered> registered = register(register, options.warmup());
            Phase change = new Phase("warm-up list change", options.warmup());
            changeLists(change, registered, Math.min(options.warmup(), registered.size()));
            out.printf("warm-up (not counted): %d/%d registrations and %d/%d list changes succeeded%n",
                    register.ok(), register.requests(), change.ok(), change.requests());
            printErrors(register);
            printErrors(change);
        }

        Map<URI, Map<String, Double>> commandsBefore = commands();
        Phase register = new Phase("register", options.people());
        List<Registered> registered = register(register, options.people());
        int transitions = Math.min(options.transitions(), 2 * registered.size());
        if (transitions < options.transitions()) {
            out.printf("only %d people registered: %d list changes instead of %d%n", registered.size(), transitions,
                    options.transitions());
        }
        Phase change = new Phase("list change", transitions);
        changeLists(change, registered, transitions);
        int exit = report(List.of(register, change));
        reportCommands(commandsBefore, register.ok() + change.ok());
        return exit;
    }

    /** Each service's MongoDB commands so far; a service whose metrics cannot be read is left out (and said so). */
    private Map<URI, Map<String, Double>> commands() {
        Map<URI, Map<String, Double>> all = new LinkedHashMap<>();
        for (URI url : options.metrics()) {
            try {
                all.put(url, MongoCommands.scrape(http, url));
            } catch (java.io.IOException e) {
                out.printf("(MongoDB commands of %s not counted: %s)%n", url, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return all;
    }

    /**
     * MongoDB commands per successful write, the outbox relay's included: counted once the relay has nothing left
     * (the counts stop moving), per service and per command.
     */
    private void reportCommands(Map<URI, Map<String, Double>> before, int writes) {
        if (before.isEmpty() || writes == 0) {
            return;
        }
        Map<URI, Map<String, Double>> after = commands();
        for (int settle = 0; settle < 30; settle++) {
            try {
                java.util.concurrent.TimeUnit.SECONDS.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            Map<URI, Map<String, Double>> again = commands();
            boolean still = again.equals(after);
            after = again;
            if (still) {
                break;
            }
        }
        out.println();
        for (Map.Entry<URI, Map<String, Double>> service : before.entrySet()) {
            Map<String, Double> spent = MongoCommands.since(service.getValue(),
                    after.getOrDefault(service.getKey(), service.getValue()));
            out.printf(Locale.ROOT, "MongoDB commands per write (%s): %.2f%n", service.getKey(),
                    MongoCommands.total(spent) / writes);
            spent.forEach((command, count) -> out.printf(Locale.ROOT, "  %-45s %8.0f  %6.2f per write%n", command,
                    count, count / writes));
        }
    }

    /** A token for each user, and the gateway answering {@code /api/registry/me} with it, which gives its unit. */
    private boolean preflight() {
        for (String user : options.users()) {
            String token = tokens.token(user);
            GatewayClient.Outcome me = gateway.get("/api/registry/me", token);
            if (!me.is(200)) {
                out.printf("✗ GET %s/api/registry/me as %s: %s%n", gateway.gateway(), user,
                        me.failure() != null ? me.failure() : "HTTP " + me.status() + " " + me.body());
                return false;
            }
            JsonNode body = json.readTree(me.body());
            String unit = body.path("unit").path("code").asString();
            if (body.path("capture").isEmpty()) {
                out.printf("✗ %s (unit %s) may not write anything: %s%n", user, unit, body.path("summary").asString());
                return false;
            }
            unitOf.put(user, unit);
        }
        out.println("token and scope: " + String.join(", ", unitOf.entrySet().stream()
                .map(e -> e.getKey() + " → " + e.getValue()).toList()));
        return true;
    }

    /** Registers {@code count} new people, spread over the users round robin; returns those registered. */
    private List<Registered> register(Phase phase, int count) {
        List<String> users = options.users();
        String[] bodies = new String[count];
        Dates[] dates = new Dates[count];
        for (int i = 0; i < count; i++) {
            dates[i] = Dates.random(random, today);
            bodies[i] = RegistryRequests.registration(people.next(), unitOf.get(users.get(i % users.size())),
                    dates[i].registered(), ++documents);
        }
        Registered[] registered = new Registered[count];
        phase.run(count, options.concurrency(), i -> {
            String user = users.get(i % users.size());
            GatewayClient.Outcome outcome = gateway.postJson(RegistryRequests.PERSONS, tokens.token(user), bodies[i]);
            if (phase.record(outcome, 201)) {
                String id = RegistryRequests.idOf(outcome.body());
                if (id != null) {
                    registered[i] = new Registered(user, id, dates[i]);
                }
            }
        });
        List<Registered> result = new ArrayList<>();
        for (Registered r : registered) {
            if (r != null) {
                result.add(r);
            }
        }
        return result;
    }

    /**
     * {@code count} list changes on as many people as possible: the first min(count, registered) people take the
     * first step (→ illegal user), and the first {@code count} − that many of them the second as well (→ addict).
     * One thread does all of a person's steps, in order.
     */
    private void changeLists(Phase phase, List<Registered> registered, int count) {
        int persons = Math.min(count, registered.size());
        int twoSteps = count - persons;
        String[][] bodies = new String[persons][];
        for (int p = 0; p < persons; p++) {
            Dates dates = registered.get(p).dates();
            Step[] steps = p < twoSteps ? Step.values() : new Step[]{Step.POSITIVE_TEST};
            bodies[p] = new String[steps.length];
            for (int s = 0; s < steps.length; s++) {
                bodies[p][s] = RegistryRequests.listChange(steps[s], dates.of(steps[s]), ++documents);
            }
        }
        phase.run(persons, options.concurrency(), p -> {
            Registered person = registered.get(p);
            for (String body : bodies[p]) {
                GatewayClient.Outcome outcome = gateway.postJson(RegistryRequests.listChangesPath(person.id()),
                        tokens.token(person.user()), body);
                if (!phase.record(outcome, 200)) {
                    break; // a later step of a person whose earlier one failed would fail as well
                }
            }
        });
    }

    private int report(List<Phase> phases) {
        out.println();
        out.println("latencies of successful requests, from sending to the whole answer read");
        out.printf("%-12s %8s %8s %7s %8s %9s %8s %8s %8s %8s%n", "phase", "requests", "ok", "errors", "wall s",
                "ok/s", "p50 ms", "p90 ms", "p99 ms", "max ms");
        long wallNanos = 0;
        int ok = 0;
        int requests = 0;
        List<Long> all = new ArrayList<>();
        for (Phase phase : phases) {
            long[] sorted = phase.sortedLatencies();
            printRow(phase.name(), phase.requests(), phase.ok(), phase.wallNanos(), sorted);
            wallNanos += phase.wallNanos();
            ok += phase.ok();
            requests += phase.requests();
            for (long nanos : sorted) {
                all.add(nanos);
            }
        }
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        printRow("all writes", requests, ok, wallNanos, sorted);
        for (Phase phase : phases) {
            printErrors(phase);
        }

        double writesPerSecond = wallNanos == 0 ? 0 : ok / (wallNanos / 1e9);
        double p99 = millis(Latencies.percentile(sorted, 99));
        out.printf(Locale.ROOT, "%nwrites: %.1f/s, p99 %.1f ms; goal ≥ %d/s and p99 ≤ %.0f ms: %s%n", writesPerSecond,
                p99, GOAL_WRITES_PER_SECOND, GOAL_P99_MILLIS,
                writesPerSecond >= GOAL_WRITES_PER_SECOND && p99 <= GOAL_P99_MILLIS && ok > 0 ? "met" : "NOT met");
        out.printf("tokens fetched from Keycloak: %d%n", tokens.fetches());

        int errors = requests - ok;
        double errorRate = requests == 0 ? 1 : (double) errors / requests;
        if (ok == 0 || errorRate > options.maxErrorRate()) {
            out.printf(Locale.ROOT, "✗ error share %.2f %% exceeds %.2f %%%n", errorRate * 100,
                    options.maxErrorRate() * 100);
            return 1;
        }
        return 0;
    }

    private void printRow(String name, int requests, int ok, long wallNanos, long[] sorted) {
        double seconds = wallNanos / 1e9;
        out.printf(Locale.ROOT, "%-12s %8d %8d %7d %8.2f %9.1f %8.1f %8.1f %8.1f %8.1f%n", name, requests, ok,
                requests - ok, seconds, seconds == 0 ? 0 : ok / seconds, millis(Latencies.percentile(sorted, 50)),
                millis(Latencies.percentile(sorted, 90)), millis(Latencies.percentile(sorted, 99)),
                millis(Latencies.percentile(sorted, 100)));
    }

    private void printErrors(Phase phase) {
        phase.errorSummary().forEach((status, summary) -> out.printf("  %s errors, %s: %s%n", phase.name(),
                status == GatewayClient.NO_ANSWER ? "no answer" : "HTTP " + status, summary));
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
