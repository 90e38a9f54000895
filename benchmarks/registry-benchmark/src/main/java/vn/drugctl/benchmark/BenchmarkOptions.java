package vn.drugctl.benchmark;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Command-line options of the benchmark, {@code --name value} or {@code --name=value}.
 *
 * @param gateway       the gateway's base URL
 * @param keycloak      Keycloak's base URL
 * @param realm         the realm that issues the tokens
 * @param clientId      a public client that allows the password grant
 * @param users         commune officers the writes are spread over (round robin), each writing in its own unit
 * @param password      their password
 * @param people        registrations measured
 * @param transitions   list changes measured (at most two per registered person)
 * @param concurrency   requests in flight at once (one virtual thread each, closed loop)
 * @param warmup        registrations and as many list changes before measuring, not counted
 * @param maxErrorRate  error share of the measured requests above which the exit code is 1
 * @param seed          seeds the synthetic people (printed, so a run can be repeated)
 * @param timeout       limit on one request
 * @param metrics       Prometheus endpoints of the services whose MongoDB commands are counted per write
 */
record BenchmarkOptions(URI gateway, URI keycloak, String realm, String clientId, List<String> users, String password,
                        int people, int transitions, int concurrency, int warmup, double maxErrorRate, long seed,
                        Duration timeout, List<URI> metrics) {

    static final String USAGE = """
            Usage: ./benchmark [options]            (./benchmark --scenario me --help: the gateway's cost on one read)
              --gateway URL          gateway base URL                    (default http://127.0.0.1:8080)
              --keycloak URL         Keycloak base URL                   (default http://127.0.0.1:8180)
              --realm NAME           realm                               (default drugctl)
              --client ID            client allowing the password grant  (default test-cli)
              --users A,B,C          commune officers writing            (default officer.vuban,officer.trangan,officer.ando)
              --password SECRET      their password                      (default demo)
              --people N             registrations measured              (default 2000)
              --transitions M        list changes measured, <= 2 x N     (default 2000)
              --concurrency C        requests in flight                  (default 16; the gateway lets
                                     100 calls at once through to a service, see README)
              --warmup W             registrations + list changes first, not counted (default 200)
              --max-error-rate R     exit code 1 above this error share  (default 0.01)
              --seed S               seed of the synthetic people        (default: random, printed)
              --timeout SECONDS      limit on one request                (default 10)
              --metrics URL,URL      Prometheus endpoints whose MongoDB commands are counted per write
                                     (default http://127.0.0.1:9081/actuator/prometheus, registry-service's
                                     management port; "none" to skip)
              --help
            """;

    static BenchmarkOptions parse(String... args) {
        URI gateway = URI.create("http://127.0.0.1:8080");
        URI keycloak = URI.create("http://127.0.0.1:8180");
        String realm = "drugctl";
        String client = "test-cli";
        List<String> users = List.of("officer.vuban", "officer.trangan", "officer.ando");
        String password = "demo";
        int people = 2000;
        int transitions = 2000;
        int concurrency = 16;
        int warmup = 200;
        double maxErrorRate = 0.01;
        long seed = System.nanoTime();
        Duration timeout = Duration.ofSeconds(10);
        List<URI> metrics = List.of(URI.create("http://127.0.0.1:9081/actuator/prometheus"));
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            String value;
            int equals = name.indexOf('=');
            if (name.equals("--help") || name.equals("-h")) {
                throw new IllegalArgumentException("");
            } else if (equals > 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException(name + " needs a value");
            }
            try {
                switch (name) {
                    case "--gateway" -> gateway = URI.create(stripSlash(value));
                    case "--keycloak" -> keycloak = URI.create(stripSlash(value));
                    case "--realm" -> realm = value;
                    case "--client" -> client = value;
                    case "--users", "--user" -> users = Arrays.stream(value.split(",")).map(String::strip)
                            .filter(u -> !u.isEmpty()).toList();
                    case "--password" -> password = value;
                    case "--people" -> people = atLeast(name, Integer.parseInt(value), 1);
                    case "--transitions" -> transitions = atLeast(name, Integer.parseInt(value), 0);
                    case "--concurrency" -> concurrency = atLeast(name, Integer.parseInt(value), 1);
                    case "--warmup" -> warmup = atLeast(name, Integer.parseInt(value), 0);
                    case "--max-error-rate" -> maxErrorRate = Double.parseDouble(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--timeout" -> timeout = Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
                    case "--metrics" -> metrics = value.equals("none") ? List.of() : Arrays.stream(value.split(","))
                            .map(String::strip).filter(u -> !u.isEmpty()).map(URI::create).toList();
                    default -> throw new IllegalArgumentException("Unknown option " + name);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + ": not a number: " + value);
            }
        }
        if (users.isEmpty()) {
            throw new IllegalArgumentException("--users names nobody");
        }
        if (transitions > 2 * people) {
            throw new IllegalArgumentException("--transitions " + transitions + " exceeds two list changes per person ("
                    + 2 * people + " for --people " + people + ")");
        }
        return new BenchmarkOptions(gateway, keycloak, realm, client, users, password, people, transitions, concurrency,
                warmup, maxErrorRate, seed, timeout, metrics);
    }

    URI tokenEndpoint() {
        return URI.create(keycloak + "/realms/" + realm + "/protocol/openid-connect/token");
    }

    private static int atLeast(String name, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " must be at least " + minimum);
        }
        return value;
    }

    private static String stripSlash(String url) {
        return url.replaceAll("/+$", "");
    }
}
