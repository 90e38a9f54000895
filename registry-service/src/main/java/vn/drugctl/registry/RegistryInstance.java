package vn.drugctl.registry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.UUID;

/**
 * This process among the service's instances, recorded on the background work it runs (survey imports, expiry
 * runs) so that it renews its own claims and no other instance takes work that is still alive.
 * <p>
 * {@code drugctl.registry.instance-id} names it; set it to something that survives a restart and that no other
 * running instance uses (a StatefulSet pod name, the compose service name when it runs once) and an instance that
 * restarts marks the work its previous run left at once. Unset, the id is the host name plus a random suffix, new
 * at each start: work left by a dead process is then marked when its lease runs out. Two live instances must never
 * share an id: each would take the other's work for its own past.
 */
@Component
public class RegistryInstance {
    private final String id;
    private final Instant startedAt = Instant.now();

    public RegistryInstance(@Value("${drugctl.registry.instance-id:}") String configured) {
        this.id = configured.isBlank() ? hostName() + "-" + UUID.randomUUID().toString().substring(0, 8)
                : configured.strip();
    }

    public String id() {
        return id;
    }

    /** When this process began, to tell what it left from what it wrote. */
    public Instant startedAt() {
        return startedAt;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "registry";
        }
    }
}
