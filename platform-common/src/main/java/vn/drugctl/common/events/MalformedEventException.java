package vn.drugctl.common.events;

/** A record on a topic is not a readable event envelope; it is parked in the dead-letter topic at once. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
