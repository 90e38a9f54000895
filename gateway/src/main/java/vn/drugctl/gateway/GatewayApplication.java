package vn.drugctl.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The platform's single entry: token check, routing, resilience, correlation, CORS. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {
    /**
     * Reactor Netty 1.3.x can buffer a keep-alive request that arrives while the previous request's operations are
     * still terminating (typically right after an answer given at once, such as a 401 of the token check) and then never
     * resume reading the connection: the caller waits until its own timeout. With this property the previous operations
     * terminate before the next request is looked at, so it is handled at once (reactor-netty issue 4361, fixed after
     * 1.3.6; KeepAliveAfterEarlyAnswersIT reproduces the stall without it). Read once, when Reactor Netty's HTTP
     * server handler class is first used, which is after this class is initialised; an explicit -D setting wins.
     */
    static final String LAST_FLUSH_WHEN_NO_READ = "reactor.netty.http.server.lastFlushWhenNoRead";

    static {
        if (System.getProperty(LAST_FLUSH_WHEN_NO_READ) == null) {
            System.setProperty(LAST_FLUSH_WHEN_NO_READ, "true");
        }
    }

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
