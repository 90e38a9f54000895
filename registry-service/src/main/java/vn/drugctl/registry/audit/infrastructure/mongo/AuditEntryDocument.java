package vn.drugctl.registry.audit.infrastructure.mongo;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.drugctl.registry.audit.domain.AuditAction;
import vn.drugctl.registry.audit.domain.AuditEntry;

import java.time.Instant;
import java.util.List;

/**
 * An audit entry as stored in {@code audit_log}. Immutable (a record: no setters); only ever inserted. Never leaves
 * this package: the port speaks {@link AuditEntry}, controllers their own responses.
 */
@Document(MongoAuditTrail.COLLECTION)
public record AuditEntryDocument(@Id String id, Instant at, String subject, String username, String actorUnitCode,
                                 List<String> actorUnitPath, String personId, String personUnitCode,
                                 List<String> personUnitPath, AuditAction action, String what, String purpose,
                                 String correlationId, Long resultCount) {

    static AuditEntryDocument of(AuditEntry e) {
        return new AuditEntryDocument(e.id(), e.at(), e.subject(), e.username(), e.actorUnitCode(), e.actorUnitPath(),
                e.personId(), e.personUnitCode(), e.personUnitPath(), e.action(), e.what(), e.purpose(),
                e.correlationId(), e.resultCount());
    }

    AuditEntry toEntry() {
        return new AuditEntry(id, at, subject, username, actorUnitCode, actorUnitPath, personId, personUnitCode,
                personUnitPath, action, what, purpose, correlationId, resultCount);
    }
}
