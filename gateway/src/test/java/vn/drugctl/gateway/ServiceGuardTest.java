package vn.drugctl.gateway;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures of a routed call are the service's, and so count towards opening its circuit breaker. */
class ServiceGuardTest {

    @Test
    void refusedBrokenOrSilentConnectionsAreTheServicesFailures() {
        assertThat(ServiceGuard.isServiceFailure(new ConnectException("Connection refused"))).isTrue();
        assertThat(ServiceGuard.isServiceFailure(new ClosedChannelException())).isTrue();
        assertThat(ServiceGuard.isServiceFailure(new IllegalStateException("wrapped", new IOException("reset")))).isTrue();
        assertThat(ServiceGuard.isServiceFailure(new TimeoutException("no answer in 10 s"))).isTrue();
    }

    @Test
    void whatTheCallerSentIsNeverTheServicesFailure() {
        assertThat(ServiceGuard.isServiceFailure(new RequestBodyLimit.BodyTooLarge(1024, "a request body"))).isFalse();
        assertThat(ServiceGuard.isServiceFailure(new RequestBodyLimit.BodyTooSlow("an upload",
                new TimeoutException("time limit")))).as("even with a time-out as its cause").isFalse();
        assertThat(ServiceGuard.isServiceFailure(new RequestBodyLimit.BodyBrokeOff(new IOException("client left"))))
                .as("even with an I/O error as its cause").isFalse();
    }

    @Test
    void theGatewaysOwnErrorsAndAnOpenBreakerAreNotCountedEither() {
        assertThat(ServiceGuard.isServiceFailure(new NullPointerException())).isFalse();
        assertThat(ServiceGuard.isServiceFailure(CallNotPermittedException.createCallNotPermittedException(
                CircuitBreaker.ofDefaults("registry-service")))).isFalse();
    }
}
