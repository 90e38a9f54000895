package vn.drugctl.common.correlation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which incoming correlation ids are kept, and what replaces the others. */
class CorrelationIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"web-2026.11.24_0001", "5f0c7a0e-7b8e-4d3c-9a51-0d6f0c1e2b3a", "abcdefgh"})
    void aSaneIdIsKeptUnchanged(String incoming) {
        assertThat(CorrelationIds.acceptOrCreate(incoming)).isEqualTo(incoming);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "short", "<script>alert(1)</script>", "id with spaces 123", "line\nbreak-123456",
            "a-very-long-id-that-goes-on-and-on-past-the-sixty-four-character-limit-x"})
    void anythingElseIsReplacedByAFreshUuid(String incoming) {
        String id = CorrelationIds.acceptOrCreate(incoming);

        assertThat(id).isNotEqualTo(incoming).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(CorrelationIds.isSane(id)).isTrue();
    }
}
