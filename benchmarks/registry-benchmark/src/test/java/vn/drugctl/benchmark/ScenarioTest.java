package vn.drugctl.benchmark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScenarioTest {

    @Test
    void withoutTheOptionTheWriteBenchmarkRunsAsBefore() {
        assertThat(Scenario.of("--people", "10")).isEqualTo(Scenario.WRITE);
        assertThat(Scenario.rest("--people", "10")).containsExactly("--people", "10");
    }

    @Test
    void theScenarioIsTakenOutOfTheArgumentsWhereverItStands() {
        assertThat(Scenario.of("--concurrency", "16", "--scenario", "me")).isEqualTo(Scenario.ME);
        assertThat(Scenario.rest("--concurrency", "16", "--scenario", "me", "--seconds", "5"))
                .containsExactly("--concurrency", "16", "--seconds", "5");
        assertThat(Scenario.of("--scenario=write")).isEqualTo(Scenario.WRITE);
        assertThat(Scenario.of("--scenario", "ledger")).isEqualTo(Scenario.LEDGER);
        assertThat(Scenario.rest("--scenario=write", "--people", "3")).containsExactly("--people", "3");
    }

    @Test
    void anUnknownScenarioIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> Scenario.of("--scenario", "read")).hasMessageContaining("unknown scenario read (write, me or ledger)");
        assertThatThrownBy(() -> Scenario.of("--scenario")).hasMessageContaining("needs a value");
    }
}
