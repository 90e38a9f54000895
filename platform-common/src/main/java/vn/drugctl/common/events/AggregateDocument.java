package vn.drugctl.common.events;

import java.util.ArrayList;
import java.util.List;

/**
 * Base of every MongoDB document that is an aggregate: its state, its version and its pending events live
 * in one document, so that a change and its events are written atomically (no multi-document transaction).
 * Write it only through {@link AggregateStore}: never {@code save()} an existing aggregate, which would
 * overwrite the relay's bookkeeping.
 */
public abstract class AggregateDocument {
    private long version;
    private List<OutboxEntry> outbox = new ArrayList<>();
    private int outboxPending;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public List<OutboxEntry> getOutbox() {
        return outbox;
    }

    public void setOutbox(List<OutboxEntry> outbox) {
        this.outbox = outbox;
    }

    public int getOutboxPending() {
        return outboxPending;
    }

    public void setOutboxPending(int outboxPending) {
        this.outboxPending = outboxPending;
    }
}
