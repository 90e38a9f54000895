package vn.drugctl.benchmark;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchmarkOptionsTest {

    @Test
    void defaultsAimAtTheLocalStack() {
        BenchmarkOptions options = BenchmarkOptions.parse();

        assertThat(options.gateway()).hasToString("http://127.0.0.1:8080");
        assertThat(options.tokenEndpoint()).hasToString("http://127.0.0.1:8180/realms/drugctl/protocol/openid-connect/token");
        assertThat(options.users()).containsExactly("officer.vuban", "officer.trangan", "officer.ando");
        assertThat(options.clientId()).isEqualTo("test-cli");
    }

    @Test
    void bothOptionFormsAreRead() {
        BenchmarkOptions options = BenchmarkOptions.parse("--people", "5000", "--transitions=7000", "--concurrency", "64",
                "--users", "officer.vuban, officer.ando", "--keycloak", "http://kc:8180/", "--timeout", "2.5",
                "--seed", "42", "--warmup", "0");

        assertThat(options.people()).isEqualTo(5000);
        assertThat(options.transitions()).isEqualTo(7000);
        assertThat(options.concurrency()).isEqualTo(64);
        assertThat(options.users()).isEqualTo(List.of("officer.vuban", "officer.ando"));
        assertThat(options.tokenEndpoint()).hasToString("http://kc:8180/realms/drugctl/protocol/openid-connect/token");
        assertThat(options.timeout()).isEqualTo(Duration.ofMillis(2500));
        assertThat(options.seed()).isEqualTo(42);
        assertThat(options.warmup()).isZero();
    }

    @Test
    void nonsenseIsRefusedWithAMessage() {
        assertThatThrownBy(() -> BenchmarkOptions.parse("--people", "10", "--transitions", "21"))
                .hasMessageContaining("two list changes per person");
        assertThatThrownBy(() -> BenchmarkOptions.parse("--concurrency", "0")).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> BenchmarkOptions.parse("--people", "many")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> BenchmarkOptions.parse("--frobnicate", "1")).hasMessageContaining("Unknown option");
        assertThatThrownBy(() -> BenchmarkOptions.parse("--people")).hasMessageContaining("needs a value");
    }
}
