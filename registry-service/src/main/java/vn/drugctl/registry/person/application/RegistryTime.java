package vn.drugctl.registry.person.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The registry's clock: instants in UTC, business dates in the province's time zone. */
public record RegistryTime(Clock clock, ZoneId zone) {
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public Instant now() {
        return clock.instant();
    }
}
