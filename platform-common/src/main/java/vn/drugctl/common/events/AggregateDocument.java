package vn.drugctl.common.events;

import java.util.ArrayList;
import java.util.List;

/**
 * Base of every MongoDB document that is an aggregate: its state, its version and what its writes still have to
 * deliver (events for Kafka, records for other collections) live in one document, so that a change and what it
 * delivers are written atomically (no multi-document transaction). Write it only through {@link AggregateStore}:
 * never {@code save()} an existing aggregate, which would overwrite the relay's bookkeeping.
 */
public abstract class AggregateDocument {
    private long version;
    private List<OutboxEntry> outbox = new ArrayList<>();
    private List<OutboxRecord> outboxRecords = new ArrayList<>();
    /** How many events and records are still to deliver; the relay's full scan looks for documents above 0. */
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

    public List<OutboxRecord> getOutboxRecords() {
        return outboxRecords;
    }

    public void setOutboxRecords(List<OutboxRecord> outboxRecords) {
        this.outboxRecords = outboxRecords;
    }

    public int getOutboxPending() {
        return outboxPending;
    }

    public void setOutboxPending(int outboxPending) {
        this.outboxPending = outboxPending;
    }
}
