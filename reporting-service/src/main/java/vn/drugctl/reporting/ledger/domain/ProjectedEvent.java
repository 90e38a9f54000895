package vn.drugctl.reporting.ledger.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One event of an aggregate as the reporting projection keeps it: the envelope's fields a ledger needs and the
 * payload as plain values (a JSON object read into {@code String}, {@code Number}, {@code Boolean}, {@code List},
 * {@code Map} and {@code null}), so the projectors stay free of any JSON library.
 *
 * @param sequence     the event's position in its aggregate's history (the event contract's order)
 * @param unitCode     the unit managing the aggregate when the event was recorded (the envelope's)
 * @param businessDate the payload's {@code businessDate}
 */
public record ProjectedEvent(String eventId, String eventType, int schemaVersion, long sequence, String unitCode,
                             List<String> unitPath, LocalDate businessDate, Map<String, Object> payload) {
    public ProjectedEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(unitCode, "unitCode");
        unitPath = List.copyOf(unitPath);
        Objects.requireNonNull(businessDate, "businessDate");
        payload = payload == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(payload));
    }

    /** A payload field as text, or {@code null}. */
    public String text(String field) {
        Object v = payload.get(field);
        return v == null ? null : v.toString();
    }

    /** A payload field as a date, or {@code null}. */
    public LocalDate date(String field) {
        String v = text(field);
        return v == null ? null : LocalDate.parse(v);
    }

    /** A payload field as a whole number, or {@code null}. */
    public Long number(String field) {
        Object v = payload.get(field);
        return v instanceof Number n ? n.longValue() : v == null ? null : Long.valueOf(v.toString());
    }

    /** A payload field as a boolean ({@code false} when absent). */
    public boolean flag(String field) {
        Object v = payload.get(field);
        return v instanceof Boolean b ? b : v != null && Boolean.parseBoolean(v.toString());
    }

    /** A payload field that is an object, or an empty map. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> object(String field) {
        Object v = payload.get(field);
        return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
