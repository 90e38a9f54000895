package vn.drugctl.common.events;

/**
 * A domain event: a past-tense record. Each aggregate's events implement one sealed interface extending this.
 * The wire name is explicit ({@link #eventType()}), never a Java class name.
 */
public interface DomainEvent {
    /** Stable name on the wire, e.g. {@code PersonRegistered}. */
    String eventType();

    /** Version of this event's payload schema. */
    default int schemaVersion() {
        return 1;
    }
}
