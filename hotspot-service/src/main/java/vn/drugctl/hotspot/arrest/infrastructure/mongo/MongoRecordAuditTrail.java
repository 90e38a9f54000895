package vn.drugctl.hotspot.arrest.infrastructure.mongo;

import vn.drugctl.common.audit.AuditAction;
import vn.drugctl.common.audit.AuditEntries;
import vn.drugctl.common.audit.AuditEntry;
import vn.drugctl.common.audit.MongoAuditTrail;
import vn.drugctl.common.events.OutboxRecord;
import vn.drugctl.hotspot.arrest.application.ArrestAuditTrail;
import vn.drugctl.hotspot.hotspot.application.AuditLine;

/**
 * The audit lines of one record type ({@code incident}, {@code surveillance-record}) in the platform's audit trail
 * ({@code vn.drugctl.common.audit}, collection {@value MongoAuditTrail#COLLECTION}, insert-only): a read, a refusal or a
 * search is stored at once ({@link #record}, which returns only once the line is stored, so a read that cannot be
 * audited fails); the line of a change becomes an {@link OutboxRecord} that travels in the change's own document
 * write and is inserted by the outbox relay (idempotent by id), so a change and its audit line cannot part.
 * A creation is audited {@code REGISTER}, like the registry's.
 */
public class MongoRecordAuditTrail implements ArrestAuditTrail {
    private final MongoAuditTrail trail;
    private final AuditEntries entries;
    private final String recordType;

    public MongoRecordAuditTrail(MongoAuditTrail trail, AuditEntries entries, String recordType) {
        this.trail = trail;
        this.entries = entries;
        this.recordType = recordType;
    }

    @Override
    public void record(AuditLine line) {
        trail.record(entry(line));
    }

    public OutboxRecord outboxRecord(AuditLine line) {
        return trail.outboxRecord(entry(line));
    }

    private AuditEntry entry(AuditLine line) {
        return switch (line.action()) {
            case SEARCH -> entries.search(line.actor(), recordType, line.what(),
                    line.resultCount() == null ? 0 : line.resultCount(), line.correlationId());
            case DENIED -> entries.denied(line.actor(), recordType, line.recordId(), line.unitCode(),
                    line.unitPath().isEmpty() ? null : line.unitPath(), line.what(), line.purpose(),
                    line.correlationId());
            default -> entries.of(line.actor(), recordType, line.recordId(), line.unitCode(), line.unitPath(),
                    action(line.action()), line.what(), line.purpose(), line.correlationId());
        };
    }

    private static AuditAction action(AuditLine.Action action) {
        return switch (action) {
            case READ -> AuditAction.READ;
            case CREATE -> AuditAction.REGISTER;
            case CHANGE -> AuditAction.CHANGE;
            case NO_CHANGE -> AuditAction.NO_CHANGE;
            case DENIED -> AuditAction.DENIED;
            case SEARCH -> AuditAction.SEARCH;
            case DISCLOSE -> AuditAction.DISCLOSE;
        };
    }
}
