package vn.drugctl.stack.testsupport;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The Elasticsearch node ./platform runs, and the Vietnamese search it must support: diacritics ignored. */
class ElasticsearchServerIT {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private HttpResponse<String> send(String method, String uri, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aNameTypedWithoutDiacriticsFindsTheVietnameseName() throws Exception {
        ElasticsearchServer es = Servers.elasticsearch();
        assertThat(Servers.elasticsearch()).isSameAs(es);
        String base = es.httpUri().toString();

        HttpResponse<String> info = send("GET", base + "/", null);
        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).contains("\"number\":\"9.5.3\"");

        HttpResponse<String> created = send("PUT", base + "/people", """
                {"settings":{"number_of_replicas":0,
                   "analysis":{"analyzer":{"folded":{"type":"custom","tokenizer":"standard",
                                                     "filter":["lowercase","asciifolding"]}}}},
                 "mappings":{"properties":{"name":{"type":"text","analyzer":"folded"}}}}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        for (String name : new String[] {"Nguyễn Văn Tuấn", "Trần Thị Hoa", "Đặng Văn Đức"}) {
            HttpResponse<String> indexed = send("POST", base + "/people/_doc?refresh=true", "{\"name\":\"" + name + "\"}");
            assertThat(indexed.statusCode()).as(indexed.body()).isEqualTo(201);
        }

        HttpResponse<String> found = send("POST", base + "/people/_search",
                "{\"query\":{\"match\":{\"name\":{\"query\":\"nguyen van tuan\",\"operator\":\"and\"}}}}");
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        assertThat(found.body()).contains("\"total\":{\"value\":1,").contains("Nguyễn Văn Tuấn");

        assertThat(send("POST", base + "/people/_search",
                "{\"query\":{\"match\":{\"name\":{\"query\":\"dang van duc\",\"operator\":\"and\"}}}}").body())
                .contains("\"total\":{\"value\":1,").contains("Đặng Văn Đức");
    }
}
