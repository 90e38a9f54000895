package vn.drugctl.common.audit;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * An audit entry as stored in {@code audit_log}. Immutable (a record: no setters); only ever inserted. Package-private:
 * only {@link MongoAuditTrail} handles the stored form; the ports speak {@link AuditEntry}, controllers their own
 * responses.
 */
@Document(MongoAuditTrail.COLLECTION)
record AuditEntryDocument(@Id String id, Instant at, String subject, String username, String actorUnitCode,
                          List<String> actorUnitPath, String recordType, String recordId, String recordUnitCode,
                          List<String> recordUnitPath, AuditAction action, String what, String purpose,
                          String correlationId, Long resultCount) {

    static AuditEntryDocument of(AuditEntry e) {
        return new AuditEntryDocument(e.id(), e.at(), e.subject(), e.username(), e.actorUnitCode(), e.actorUnitPath(),
                e.recordType(), e.recordId(), e.recordUnitCode(), e.recordUnitPath(), e.action(), e.what(),
                e.purpose(), e.correlationId(), e.resultCount());
    }

    AuditEntry toEntry() {
        return new AuditEntry(id, at, subject, username, actorUnitCode, actorUnitPath, recordType, recordId,
                recordUnitCode, recordUnitPath, action, what, purpose, correlationId, resultCount);
    }
}
