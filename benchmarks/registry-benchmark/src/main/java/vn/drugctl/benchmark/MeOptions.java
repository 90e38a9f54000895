package vn.drugctl.benchmark;

import java.net.URI;
import java.time.Duration;

/**
 * Command-line options of the {@code me} scenario ({@link MeBenchmark}), {@code --name value} or {@code --name=value}.
 *
 * @param target        base URL called: the gateway, or a service directly (same path either way)
 * @param keycloak      Keycloak's base URL
 * @param realm         the realm that issues the token
 * @param clientId      a public client that allows the password grant
 * @param user          the one user whose token every request carries
 * @param password      its password
 * @param path          the path requested with GET
 * @param expect        the status that counts as a success (another one, e.g. 404 or 401, measures the gateway's
 *                      cost without the service)
 * @param concurrency   requests in flight at once (one virtual thread each, closed loop)
 * @param seconds       how long the measurement lasts
 * @param warmupSeconds how long the same load runs first, not counted (JIT compilation, connection pools)
 * @param timeout       limit on one request
 */
record MeOptions(URI target, URI keycloak, String realm, String clientId, String user, String password, String path,
                 int expect, int concurrency, int seconds, int warmupSeconds, Duration timeout) {

    static final String USAGE = """
            Usage: ./benchmark --scenario me [options]
              one token, one cheap read (GET /api/registry/me), a fixed number of requests in flight for a fixed time;
              run it against the gateway and against the service directly to see what the gateway costs
              --target URL           gateway or service base URL         (default http://127.0.0.1:8080)
              --keycloak URL         Keycloak base URL                   (default http://127.0.0.1:8180)
              --realm NAME           realm                               (default drugctl)
              --client ID            client allowing the password grant  (default test-cli)
              --user NAME            the user whose token is sent        (default officer.vuban)
              --password SECRET      its password                        (default demo)
              --path PATH            path requested with GET             (default /api/registry/me)
              --expect STATUS        status counted as success           (default 200)
              --concurrency C        requests in flight                  (default 16)
              --seconds S            measured time                       (default 20)
              --warmup SECONDS       same load first, not counted        (default 10)
              --timeout SECONDS      limit on one request                (default 10)
              --help
            """;

    static MeOptions parse(String... args) {
        URI target = URI.create("http://127.0.0.1:8080");
        URI keycloak = URI.create("http://127.0.0.1:8180");
        String realm = "drugctl";
        String client = "test-cli";
        String user = "officer.vuban";
        String password = "demo";
        String path = "/api/registry/me";
        int expect = 200;
        int concurrency = 16;
        int seconds = 20;
        int warmup = 10;
        Duration timeout = Duration.ofSeconds(10);
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
                    case "--target", "--gateway" -> target = URI.create(stripSlash(value));
                    case "--keycloak" -> keycloak = URI.create(stripSlash(value));
                    case "--realm" -> realm = value;
                    case "--client" -> client = value;
                    case "--user" -> user = value.strip();
                    case "--password" -> password = value;
                    case "--path" -> path = value.startsWith("/") ? value : "/" + value;
                    case "--expect" -> expect = atLeast(name, Integer.parseInt(value), 100);
                    case "--concurrency" -> concurrency = atLeast(name, Integer.parseInt(value), 1);
                    case "--seconds" -> seconds = atLeast(name, Integer.parseInt(value), 1);
                    case "--warmup" -> warmup = atLeast(name, Integer.parseInt(value), 0);
                    case "--timeout" -> timeout = Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
                    default -> throw new IllegalArgumentException("Unknown option " + name + " for --scenario me");
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + ": not a number: " + value);
            }
        }
        if (user.isEmpty()) {
            throw new IllegalArgumentException("--user names nobody");
        }
        return new MeOptions(target, keycloak, realm, client, user, password, path, expect, concurrency, seconds,
                warmup, timeout);
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
