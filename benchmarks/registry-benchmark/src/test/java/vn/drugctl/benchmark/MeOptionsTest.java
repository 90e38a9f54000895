package vn.drugctl.benchmark;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeOptionsTest {

    @Test
    void defaultsHammerTheLocalGatewaysMeWithOneOfficersToken() {
        MeOptions options = MeOptions.parse();

        assertThat(options.target()).hasToString("http://127.0.0.1:8080");
        assertThat(options.path()).isEqualTo("/api/registry/me");
        assertThat(options.user()).isEqualTo("officer.vuban");
        assertThat(options.tokenEndpoint()).hasToString("http://127.0.0.1:8180/realms/drugctl/protocol/openid-connect/token");
        assertThat(options.concurrency()).isEqualTo(16);
        assertThat(options.seconds()).isEqualTo(20);
        assertThat(options.warmupSeconds()).isEqualTo(10);
        assertThat(options.expect()).isEqualTo(200);
    }

    @Test
    void theServiceCanBeTargetedDirectlyWithEitherOptionForm() {
        MeOptions options = MeOptions.parse("--target", "http://127.0.0.1:8081/", "--concurrency=32", "--seconds", "5",
                "--warmup", "0", "--user", "officer.ando", "--path", "api/reports/me", "--timeout", "1.5",
                "--expect", "404");

        assertThat(options.target()).hasToString("http://127.0.0.1:8081");
        assertThat(options.concurrency()).isEqualTo(32);
        assertThat(options.seconds()).isEqualTo(5);
        assertThat(options.warmupSeconds()).isZero();
        assertThat(options.user()).isEqualTo("officer.ando");
        assertThat(options.path()).isEqualTo("/api/reports/me");
        assertThat(options.timeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(options.expect()).isEqualTo(404);
    }

    @Test
    void nonsenseIsRefusedWithAMessage() {
        assertThatThrownBy(() -> MeOptions.parse("--seconds", "0")).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> MeOptions.parse("--concurrency", "lots")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> MeOptions.parse("--people", "10")).hasMessageContaining("Unknown option --people");
        assertThatThrownBy(() -> MeOptions.parse("--target")).hasMessageContaining("needs a value");
    }
}
