package vn.drugctl.gateway;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Answers reach the caller byte for byte, whether sent whole (small, with a length) or streamed (large, chunked). */
class WholeAnswersIT extends StandInPlatform {

    @ParameterizedTest(name = "{0} {1} bytes")
    @CsvSource({"bytes, 1024", "bytes, 262144", "bytes, 262145", "bytes, 3000000", "chunked, 1024", "chunked, 300000",
            "bytes, 0"})
    void answersArriveWholeWithTheirLength(String kind, int length) {
        HttpResponse<byte[]> response = gateway.sendForBytes(gateway.request("/api/reports/answers/" + kind + "/" + length)
                .header("Authorization", "Bearer " + Tokens.valid()).GET().build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(StandInServer.text(length));
        if (kind.equals("bytes") && length > 0) {
            assertThat(response.headers().firstValue("Content-Length")).contains(Integer.toString(length));
        }
    }
}
