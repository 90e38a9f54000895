package vn.drugctl.benchmark;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report ledger under load ({@code ./benchmark --scenario ledger}), against a running stack: synthetic registry
 * events published straight to {@code registry.events.v1} (as registry-service would), counted by reporting-service,
 * and the reports read through the gateway. Three phases:
 * <ol>
 *   <li><b>replay</b>: the events of {@code --people} synthetic people spread over every commune of the province,
 *   published as fast as the producer goes; the rate is events over the time from the first send to the moment
 *   reporting-service has counted them all (its {@code drugctl.reporting.ledger.events} counters);</li>
 *   <li><b>report</b>: {@code --reports} province, district and commune reports through the gateway, one at a time;
 *   p50/p95/p99 per level;</li>
 *   <li><b>delay</b>: events at {@code --rate} per second for {@code --seconds}, each stamped with its send time;
 *   the event-to-report delay is read from the difference of the {@code drugctl.reporting.ledger.delay} buckets over
 *   the phase (p50/p95/p99 as the bucket bound they fall under).</li>
 * </ol>
 * Writes synthetic people into the stack's reports: run it on a scratch stack ({@code ./platform down}, delete
 * {@code .platform/}, {@code ./platform up}). Not a test.
 */
final class LedgerBenchmark {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Paces the sends and polls the actuator (one daemon thread). */
    private static final ScheduledExecutorService TICKS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ledger-benchmark-ticks");
        t.setDaemon(true);
        return t;
    });
    private static final Pattern SAMPLE = Pattern.compile("^([a-z_]+)\\{([^}]*)} ([0-9.eE+-]+)$");
    private static final List<String> COMMUNES = List.of("HN-BL-BINHMY", "HN-BL-VUBAN", "HN-BL-TRANGAN",
            "HN-BL-ANDO", "HN-BL-LASON", "HN-BL-TRUNGLUONG", "HN-BL-BODE", "HN-BL-NGOCLU", "HN-BL-TIEUDONG",
            "HN-BL-BINHNGHIA", "HN-BL-ANNOI", "HN-BL-ANNINH", "HN-BL-BOICAU", "HN-BL-ANLAO", "HN-BL-DONGDU");

    private final Map<String, String> options;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Random random;

    private LedgerBenchmark(Map<String, String> options, PrintStream out) {
        this.options = options;
        this.out = out;
        this.random = new Random(Long.parseLong(options.get("seed")));
    }

    static final String USAGE = """
            ./benchmark --scenario ledger [--people N] [--reports K] [--rate R] [--seconds S] [--communes C]
                        [--tests T] [--kafka HOST:PORT] [--gateway URL] [--keycloak URL] [--management URL]
                        [--user NAME] [--password P] [--seed S]
            ./benchmark --scenario ledger --write-units FILE --communes C
              --people      people whose events the replay phase publishes (default 20000, about 3.4 events each,
                            plus one per extra test)
              --communes    0 (default): spread people over Bình Lục's 15 communes; C > 0: over C synthetic communes
                            HN-BENCH-001... directly under the province HN (the stack must run with the catalogue
                            --write-units writes: DRUGCTL_UNITS_FILE=file:/absolute/path ./platform up)
              --tests       extra drug tests per person, on average (default 0): issue 9's province of 100 communes,
                            200,000 people and 2,000,000 events is --communes 100 --people 200000 --tests 7
              --write-units writes the shipped unit catalogue plus the C synthetic communes to FILE, and stops
              --reports     reports read per level in the report phase (default 50)
              --rate        events per second in the delay phase (default 500), for --seconds (default 30)
              --management  reporting-service's actuator (default http://127.0.0.1:9083)
            """;

    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> o = new LinkedHashMap<>(Map.of("people", "20000", "reports", "50", "rate", "500",
                "seconds", "30", "kafka", "127.0.0.1:9092", "gateway", "http://127.0.0.1:8080",
                "keycloak", "http://127.0.0.1:8180", "management", "http://127.0.0.1:9083", "user", "analyst.hanam",
                "password", "demo"));
        o.put("communes", "0");
        o.put("tests", "0");
        o.put("write-units", "");
        o.put("units-source", "platform-core/src/main/resources/drugctl/units.csv");
        o.put("seed", String.valueOf(System.nanoTime() & 0xFFFF));
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--help")) {
                out.print(USAGE);
                return 0;
            }
            String name = args[i].startsWith("--") ? args[i].substring(2) : null;
            if (name == null || !o.containsKey(name) || i + 1 >= args.length) {
                err.println("unknown or incomplete option " + args[i]);
                err.print(USAGE);
                return 2;
            }
            o.put(name, args[++i]);
        }
        try {
            if (!o.get("write-units").isEmpty()) {
                return writeUnits(o, out);
            }
            return new LedgerBenchmark(o, out).run();
        } catch (Exception e) {
            err.println("ledger benchmark failed: " + e);
            return 2;
        }
    }

    private int number(String name) {
        return Integer.parseInt(options.get(name));
    }

    /** The synthetic communes: {@code HN-BENCH-001}... directly under the province (the post-2025 shape). */
    static List<String> syntheticCommunes(int count) {
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            codes.add(String.format("HN-BENCH-%03d", i));
        }
        return codes;
    }

    private static int writeUnits(Map<String, String> o, PrintStream out) throws java.io.IOException {
        int communes = Integer.parseInt(o.get("communes"));
        if (communes <= 0) {
            throw new IllegalArgumentException("--write-units needs --communes C with C > 0");
        }
        StringBuilder csv = new StringBuilder(java.nio.file.Files.readString(java.nio.file.Path.of(o.get("units-source")),
                java.nio.charset.StandardCharsets.UTF_8));
        if (!csv.toString().endsWith("\n")) {
            csv.append('\n');
        }
        csv.append("# synthetic communes of the report-ledger benchmark (not real units)\n");
        for (String code : syntheticCommunes(communes)) {
            csv.append(code).append(";Xã Mẫu ").append(code.substring("HN-BENCH-".length()))
                    .append(" (benchmark);COMMUNE;HN;2020-01-01;;\n");
        }
        java.nio.file.Path file = java.nio.file.Path.of(o.get("write-units")).toAbsolutePath();
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.writeString(file, csv, java.nio.charset.StandardCharsets.UTF_8);
        out.printf("wrote %s (%d synthetic communes under HN); start the stack with%n"
                + "  DRUGCTL_UNITS_FILE=file:%s ./platform up%n", file, communes, file);
        return 0;
    }

    private List<String> communes() {
        return number("communes") > 0 ? syntheticCommunes(number("communes")) : COMMUNES;
    }

    private int run() throws Exception {
        out.printf("drugctl report-ledger benchmark: Kafka %s, gateway %s, reporting actuator %s, seed %s%n",
                options.get("kafka"), options.get("gateway"), options.get("management"), options.get("seed"));
        Map<String, Object> producerConfig = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, options.get("kafka"),
                ProducerConfig.LINGER_MS_CONFIG, 5, ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        try (var producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer())) {
            // 1. replay
            // generated person by person while sending (2,000,000 events do not stay in memory)
            List<String> communes = communes();
            double before = counted();
            long t0 = System.nanoTime();
            long events = 0;
            int peopleCount = number("people");
            for (int i = 0; i < peopleCount; i++) {
                List<String> person = personEvents(communes.get(i % communes.size()), Instant.now());
                String key = JSON.readTree(person.getFirst()).get("aggregateId").asString();
                for (String e : person) {
                    producer.send(new ProducerRecord<>("registry.events.v1", key, e));
                    events++;
                }
            }
            producer.flush();
            double sentSeconds = (System.nanoTime() - t0) / 1e9;
            out.printf("replay: %d events of %d people over %d communes sent in %.1f s (%.0f events/s into Kafka)%n",
                    events, peopleCount, communes.size(), sentSeconds, events / sentSeconds);
            awaitCounted(before + events, Duration.ofHours(3));
            double replaySeconds = (System.nanoTime() - t0) / 1e9;
            out.printf("replay: counted by reporting-service in %.1f s: %.0f events/s%n", replaySeconds,
                    events / replaySeconds);

            // 2. reports through the gateway
            String token = token();
            String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
            for (String unit : number("communes") > 0 ? List.of("HN", communes.getFirst())
                    : List.of("HN", "HN-BL", "HN-BL-VUBAN")) {
                long[] nanos = new long[number("reports")];
                for (int i = 0; i < nanos.length; i++) {
                    long s = System.nanoTime();
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(options.get("gateway")
                                    + "/api/reports/units/" + unit + "/period?from=2024-01-01&to=" + today))
                            .header("Authorization", "Bearer " + token).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
                    nanos[i] = System.nanoTime() - s;
                    if (r.statusCode() != 200) {
                        out.printf("report %s: HTTP %d %s%n", unit, r.statusCode(), r.body());
                        return 1;
                    }
                }
                java.util.Arrays.sort(nanos);
                out.printf("report %-12s %d reads: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%n", unit,
                        nanos.length, Latencies.percentile(nanos, 50) / 1e6, Latencies.percentile(nanos, 95) / 1e6,
                        Latencies.percentile(nanos, 99) / 1e6, nanos[nanos.length - 1] / 1e6);
            }

            // 3. delay at a steady rate
            Map<String, Double> bucketsBefore = delayBuckets();
            double countedBefore = counted();
            int rate = number("rate");
            long total = (long) rate * number("seconds");
            long start = System.nanoTime();
            long[] sent = {0};
            every(Duration.ofMillis(2), Duration.ofSeconds(number("seconds") + 60L), () -> {
                long due = Math.min((long) ((System.nanoTime() - start) / 1e9 * rate), total);
                while (sent[0] < due) {
                    List<String> person = personEvents(communes.get(random.nextInt(communes.size())),
                            Instant.now());
                    String key = JSON.readTree(person.getFirst()).get("aggregateId").asString();
                    for (String e : person) {
                        producer.send(new ProducerRecord<>("registry.events.v1", key, e));
                        sent[0]++;
                    }
                }
                return sent[0] >= total;
            });
            producer.flush();
            awaitCounted(countedBefore + sent[0], Duration.ofMinutes(10));
            Map<String, Double> bucketsAfter = delayBuckets();
            out.printf("delay: %d events at %d/s for %s s%n", sent[0], rate, options.get("seconds"));
            printDelay(bucketsBefore, bucketsAfter);
        }
        return 0;
    }

    /** One synthetic person's events: registered, on a list, maybe moved, tested, or gone. */
    private List<String> personEvents(String unit, Instant recordedAt) {
        String id = UUID.randomUUID().toString();
        List<String> events = new ArrayList<>();
        LocalDate d = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(600));
        int birthYear = 1960 + random.nextInt(48);
        events.add(envelope(id, unit, events.size() + 1, "PersonRegistered", payload(id, d)
                .put("fullName", "Người Mẫu " + id.substring(0, 6)).put("birthYear", birthYear).put("sex", "MALE")
                .put("managementDossier", "OPEN").put("unitCode", unit), recordedAt));
        events.add(envelope(id, unit, events.size() + 1, "PersonMovedToList", payload(id, d).put("toList",
                "SUSPECTED_USER").putNull("fromList").put("reason", "NEWLY_FOUND_BY_REVIEW")
                .put("ruleSet", "law-73-2021"), recordedAt));
        if (random.nextInt(100) < 60) {
            LocalDate t = d.plusDays(1 + random.nextInt(200));
            boolean positive = random.nextBoolean();
            events.add(envelope(id, unit, events.size() + 1, "DrugTestRecorded", payload(id, t)
                    .put("testId", UUID.randomUUID().toString()).put("summonsDate", t.toString())
                    .put("testDate", t.toString()).put("result", positive ? "POSITIVE" : "NEGATIVE"), recordedAt));
            if (positive) {
                events.add(envelope(id, unit, events.size() + 1, "PersonMovedToList", payload(id, t)
                        .put("toList", "ILLEGAL_USER").put("fromList", "SUSPECTED_USER").put("reason",
                                "POSITIVE_TEST").put("ruleSet", "law-73-2021"), recordedAt));
            }
        }
        int extra = number("tests") == 0 ? 0 : random.nextInt(2 * number("tests") + 1);
        for (int k = 0; k < extra; k++) {
            LocalDate t = d.plusDays(1 + random.nextInt(700));
            events.add(envelope(id, unit, events.size() + 1, "DrugTestRecorded", payload(id, t)
                    .put("testId", UUID.randomUUID().toString()).put("summonsDate", t.toString())
                    .put("testDate", t.toString()).put("result", random.nextInt(5) == 0 ? "POSITIVE" : "NEGATIVE"),
                    recordedAt));
        }
        if (random.nextInt(100) < 15) {
            boolean positive = events.stream().anyMatch(e -> e.contains("\"toList\":\"ILLEGAL_USER\""));
            String list = positive ? "ILLEGAL_USER" : "SUSPECTED_USER";
            events.add(envelope(id, unit, events.size() + 1, "PersonLeftList", payload(id, d.plusDays(300))
                    .put("fromList", list).put("reason", "MOVED_AWAY").put("ruleSet", "law-73-2021"), recordedAt));
        }
        return events;
    }

    private static ObjectNode payload(String id, LocalDate date) {
        return JSON.createObjectNode().put("personId", id).put("businessDate", date.toString());
    }

    private static String envelope(String id, String unit, long seq, String type, ObjectNode payload,
                                   Instant recordedAt) {
        ObjectNode e = JSON.createObjectNode().put("eventId", UUID.randomUUID().toString()).put("eventType", type)
                .put("schemaVersion", 1).put("aggregateId", id).put("aggregateVersion", seq).put("sequence", seq)
                .put("unitCode", unit).put("occurredAt", payload.get("businessDate").asString() + "T00:00:00Z")
                .put("recordedAt", recordedAt.toString()).putNull("correlationId");
        if (unit.startsWith("HN-BL-")) {
            e.putArray("unitPath").add("HN").add("HN-BL").add(unit);
        } else {
            e.putArray("unitPath").add("HN").add(unit);
        }
        e.putObject("actor").put("subject", "benchmark").put("username", "benchmark").put("unitCode", unit);
        e.set("payload", payload);
        return JSON.writeValueAsString(e);
    }

    private String token() {
        return new KeycloakTokens(http, URI.create(options.get("keycloak")
                + "/realms/drugctl/protocol/openid-connect/token"), "test-cli", options.get("password"),
                Clock.systemUTC()).token(options.get("user"));
    }

    /** What reporting-service's ledger has taken in so far: projected plus duplicate events. */
    private double counted() throws Exception {
        double sum = 0;
        for (Map.Entry<String, Double> s : samples("drugctl_reporting_ledger_events_total").entrySet()) {
            if (s.getKey().contains("projected") || s.getKey().contains("duplicate")) {
                sum += s.getValue();
            }
        }
        return sum;
    }

    private void awaitCounted(double target, Duration atMost) throws Exception {
        try {
            every(Duration.ofMillis(200), atMost, () -> counted() >= target);
        } catch (TimeoutException e) {
            throw new IllegalStateException("reporting-service counted " + counted() + " of " + target
                    + " events within " + atMost);
        }
    }

    /**
     * Runs {@code step} on the benchmark's scheduler every {@code period} until it answers true; waits at most
     * {@code atMost} ({@link TimeoutException}); a step that throws ends the wait with its exception.
     */
    private static void every(Duration period, Duration atMost, Callable<Boolean> step) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        ScheduledFuture<?> ticks = TICKS.scheduleWithFixedDelay(() -> {
            try {
                if (step.call()) {
                    done.complete(null);
                }
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        }, 0, period.toNanos(), TimeUnit.NANOSECONDS);
        try {
            done.get(atMost.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            ticks.cancel(false);
        }
    }

    private Map<String, Double> delayBuckets() throws Exception {
        Map<String, Double> buckets = new LinkedHashMap<>();
        samples("drugctl_reporting_ledger_delay_seconds_bucket").forEach((labels, v) -> {
            Matcher le = Pattern.compile("le=\"([^\"]+)\"").matcher(labels);
            if (le.find()) {
                buckets.put(le.group(1), v);
            }
        });
        return buckets;
    }

    private void printDelay(Map<String, Double> before, Map<String, Double> after) {
        double total = after.getOrDefault("+Inf", 0.0) - before.getOrDefault("+Inf", 0.0);
        if (total <= 0) {
            out.println("delay: no delay samples (is reporting-service's prometheus endpoint reachable?)");
            return;
        }
        for (double q : new double[]{0.5, 0.95, 0.99}) {
            String bound = "+Inf";
            for (Map.Entry<String, Double> b : after.entrySet()) {
                double n = b.getValue() - before.getOrDefault(b.getKey(), 0.0);
                if (n >= q * total) {
                    bound = b.getKey();
                    break;
                }
            }
            out.printf("delay: p%.0f ≤ %s s (event recorded → counted)%n", q * 100, bound);
        }
        out.printf("delay: goal p99 ≤ 1 s while events arrive at 500/s%n");
    }

    private Map<String, Double> samples(String metric) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(options.get("management")
                + "/actuator/prometheus")).GET().build(), HttpResponse.BodyHandlers.ofString());
        Map<String, Double> found = new LinkedHashMap<>();
        for (String line : r.body().split("\n")) {
            Matcher m = SAMPLE.matcher(line.strip());
            if (m.matches() && m.group(1).equals(metric)) {
                found.put(m.group(2), Double.parseDouble(m.group(3)));
            }
        }
        return found;
    }
}
