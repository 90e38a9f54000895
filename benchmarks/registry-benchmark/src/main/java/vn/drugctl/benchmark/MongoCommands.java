package vn.drugctl.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MongoDB commands a service sent, read from the MongoDB driver's own metrics on its Prometheus endpoint
 * ({@code mongodb_driver_commands_seconds_count}, one series per command, collection and outcome), so that the
 * benchmark can say how many commands one write cost, the relay's included.
 */
final class MongoCommands {
    private static final Pattern SERIES = Pattern.compile(
            "^mongodb_driver_commands_seconds_count\\{([^}]*)}\\s+([0-9.eE+-]+)\\s*$", Pattern.MULTILINE);
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private MongoCommands() {
    }

    /** Commands so far, by {@code "<command> <collection>"}. */
    static Map<String, Double> scrape(HttpClient http, URI prometheus) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(prometheus).timeout(Duration.ofSeconds(10))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " from " + prometheus);
        }
        return parse(response.body());
    }

    static Map<String, Double> parse(String exposition) {
        Map<String, Double> counts = new TreeMap<>();
        Matcher series = SERIES.matcher(exposition);
        while (series.find()) {
            String command = "?";
            String collection = "";
            Matcher label = LABEL.matcher(series.group(1));
            while (label.find()) {
                switch (label.group(1)) {
                    case "command" -> command = label.group(2);
                    case "collection" -> collection = label.group(2);
                    default -> {
                    }
                }
            }
            counts.merge((command + " " + collection).strip(), Double.parseDouble(series.group(2)), Double::sum);
        }
        return counts;
    }

    /** What {@code after} adds to {@code before}, without the series that did not move. */
    static Map<String, Double> since(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> diff = new TreeMap<>();
        after.forEach((k, v) -> {
            double d = v - before.getOrDefault(k, 0.0);
            if (d > 0) {
                diff.put(k, d);
            }
        });
        return diff;
    }

    static double total(Map<String, Double> counts) {
        return counts.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
