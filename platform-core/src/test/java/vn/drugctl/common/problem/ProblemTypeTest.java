package vn.drugctl.common.problem;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The stable problem types clients branch on. */
class ProblemTypeTest {

    @Test
    void everyTypeHasItsOwnNameUnderTheProblemsBase() {
        assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::slug)).doesNotHaveDuplicates()
                .allMatch(slug -> slug.matches("[a-z]+(-[a-z]+)*"));
        assertThat(ProblemType.UNSUPPORTED_MEDIA_TYPE.uri())
                .hasToString("https://drugctl.vn/problems/unsupported-media-type");
        assertThat(ProblemType.uri("duplicate-person")).hasToString("https://drugctl.vn/problems/duplicate-person");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"400, invalid-request", "401, unauthenticated", "403, forbidden", "404, not-found",
            "405, method-not-allowed", "406, not-acceptable", "413, payload-too-large", "415, unsupported-media-type",
            "429, too-many-requests", "418, invalid-request", "500, internal", "502, internal", "503, service-unavailable"})
    void aFrameworkErrorIsNamedByItsStatus(int status, String slug) {
        assertThat(ProblemType.forStatus(status).slug()).isEqualTo(slug);
    }
}
