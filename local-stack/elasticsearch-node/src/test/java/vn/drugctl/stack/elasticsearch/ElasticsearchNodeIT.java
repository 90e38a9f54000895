package vn.drugctl.stack.elasticsearch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The node as ./platform starts it, and the Vietnamese search it must support: diacritics ignored. */
class ElasticsearchNodeIT {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String uri, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void nameWithoutDiacriticsFindsTheVietnameseName(@TempDir Path data) throws Exception {
        Path home = Path.of("target/es-home").toAbsolutePath();
        int port = freePort();
        Process node = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms256m", "-Xmx256m", "-Des.path.home=" + home, "-Djava.io.tmpdir=" + data,
                "-Dio.netty.noUnsafe=true", "-Dlog4j2.formatMsgNoLookups=true", "-Dlog4j.shutdownHookEnabled=false",
                "-Dlog4j2.disable.jmx=true", "--enable-native-access=ALL-UNNAMED",
                "-cp", home.resolve("lib") + "/*", ElasticsearchNode.class.getName(), home.toString(),
                "--http.port=" + port, "--transport.port=" + freePort(),
                "--path.data=" + data.resolve("data"), "--path.logs=" + data.resolve("logs"))
                .redirectErrorStream(true).redirectOutput(Path.of("target/es-node-it.log").toFile()).start();
        String base = "http://127.0.0.1:" + port;
        try {
            await().atMost(Duration.ofSeconds(120)).ignoreExceptions()
                    .until(() -> send("GET", base + "/", null).statusCode() == 200);
            assertThat(send("GET", base + "/", null).body()).contains("\"number\":\"9.5.3\"");

            var created = send("PUT", base + "/people", """
                    {"settings":{"analysis":{"analyzer":{"folded":{"type":"custom","tokenizer":"standard",
                      "filter":["lowercase","asciifolding"]}}}},
                     "mappings":{"properties":{"name":{"type":"text","analyzer":"folded"}}}}""");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
            for (String name : List.of("Nguyễn Văn Tuấn", "Trần Thị Hoa", "Đặng Văn Đức")) {
                assertThat(send("POST", base + "/people/_doc?refresh=true", "{\"name\":\"" + name + "\"}").statusCode())
                        .isEqualTo(201);
            }
            String hits = send("POST", base + "/people/_search",
                    "{\"query\":{\"match\":{\"name\":{\"query\":\"nguyen van tuan\",\"operator\":\"and\"}}}}").body();
            assertThat(hits).contains("Nguyễn Văn Tuấn").doesNotContain("Trần Thị Hoa");
            assertThat(send("POST", base + "/people/_search",
                    "{\"query\":{\"match\":{\"name\":{\"query\":\"dang van duc\",\"operator\":\"and\"}}}}").body())
                    .contains("Đặng Văn Đức");
        } finally {
            node.destroy();
            node.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
        }
    }
}
