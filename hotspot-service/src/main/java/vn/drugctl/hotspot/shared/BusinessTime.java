package vn.drugctl.hotspot.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The service's clock: instants in UTC, business dates in the province's time zone ({@code drugctl.hotspot.zone}).
 * A business date "in the future" is one after {@link #today()} in that zone, never in the server's own zone.
 */
public record BusinessTime(Clock clock, ZoneId zone) {
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public Instant now() {
        return clock.instant();
    }

    /** The instant a business date starts, the {@code occurredAt} of an event of that date. */
    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }
}
