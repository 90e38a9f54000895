package vn.drugctl.common.events;

/**
 * A domain event: a past-tense record. Each aggregate's events implement one sealed interface extending this, and
 * that interface answers {@link #eventType()} and {@link #schemaVersion()} from its fixed {@link EventTypes} table,
 * never from a Java class name.
 */
public interface DomainEvent {
    /** Stable name on the wire and in stored history, e.g. {@code PersonRegistered}. */
    String eventType();

    /** Version of this event's payload schema. */
    int schemaVersion();
}
