package vn.drugctl.common.audit;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Which page of which period of the audit trail.
 *
 * @param page 0-based page number
 * @param size entries per page, 1 to {@value #MAX_SIZE}
 * @param from first instant included, or {@code null}
 * @param to   first instant no longer included, or {@code null}
 * @throws InvalidAuditQuery naming the parameter that is out of range
 */
public record AuditQuery(int page, int size, Instant from, Instant to) {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    /** Deeper pages make the database skip too many entries: narrow the period instead. */
    public static final long MAX_SKIPPED = 1_000_000;
    static final LocalDate EARLIEST_DAY = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST_DAY = LocalDate.of(9999, 12, 31);

    public AuditQuery {
        if (page < 0) {
            throw new InvalidAuditQuery("page", "page must be 0 or more, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidAuditQuery("size", "size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
        if ((long) page * size > MAX_SKIPPED) {
            throw new InvalidAuditQuery("page", "page " + page + " lies beyond the first " + MAX_SKIPPED
                    + " entries; narrow the period with from/to instead");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidAuditQuery("from", "from (" + from + ") is after to (" + to + ")");
        }
    }

    /**
     * A query over whole calendar days of {@code zone}, {@code from} and {@code to} both included.
     *
     * @throws InvalidAuditQuery naming {@code from}, {@code to}, {@code page} or {@code size}
     */
    public static AuditQuery ofDays(int page, int size, LocalDate from, LocalDate to, ZoneId zone) {
        checkDay("from", from);
        checkDay("to", to);
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidAuditQuery("from", "from (" + from + ") is after to (" + to + ")");
        }
        try {
            return new AuditQuery(page, size, from == null ? null : from.atStartOfDay(zone).toInstant(),
                    to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
        } catch (DateTimeException e) {
            throw new InvalidAuditQuery(from == null ? "to" : "from", "the period cannot be represented: " + e.getMessage());
        }
    }

    public long skip() {
        return (long) page * size;
    }

    private static void checkDay(String name, LocalDate day) {
        if (day != null && (day.isBefore(EARLIEST_DAY) || day.isAfter(LATEST_DAY))) {
            throw new InvalidAuditQuery(name, name + " must lie between " + EARLIEST_DAY + " and " + LATEST_DAY
                    + ", was " + day);
        }
    }
}
