package vn.drugctl.hotspot.arrest.infrastructure.mongo;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.drugctl.common.events.OutboxRecord;
import vn.drugctl.hotspot.arrest.application.ArrestAuditTrail;
import vn.drugctl.hotspot.hotspot.application.AuditLine;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;

/**
 * The audit lines of one record type ({@code incident}, {@code surveillance-record}) in the platform's audit
 * collection {@value #COLLECTION}, insert-only and in the same shape as the hotspot lines: a read, a refusal or a
 * search is inserted at once ({@link #record}, which returns only once the line is stored, so a read that cannot be
 * audited fails); the line of a change becomes an {@link OutboxRecord} that travels in the change's own document
 * write and is inserted by the outbox relay (idempotent by id), so a change and its audit line cannot part.
 *
 * <p>Interim, like the hotspot feature's adapter: when platform-common's generic audit is merged, this class
 * delegates to it and the use cases do not change.
 */
public class MongoRecordAuditTrail implements ArrestAuditTrail {
    public static final String COLLECTION = "audit_log";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final String recordType;

    public MongoRecordAuditTrail(MongoTemplate mongo, Clock clock, String recordType) {
        this.mongo = mongo;
        this.clock = clock;
        this.recordType = recordType;
    }

    @Override
    public void record(AuditLine line) {
        Document document = document(line);
        document.put("_id", UUID.randomUUID().toString());
        mongo.insert(document, COLLECTION);
    }

    public OutboxRecord outboxRecord(AuditLine line) {
        return new OutboxRecord(UUID.randomUUID().toString(), COLLECTION, document(line));
    }

    private Document document(AuditLine line) {
        Document d = new Document();
        d.put("at", Date.from(clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        d.put("subject", line.actor().subject());
        d.put("username", line.actor().username());
        d.put("actorUnitCode", line.actor().unitCode());
        d.put("actorUnitPath", line.actor().unitPath());
        d.put("recordType", recordType);
        d.put("recordId", line.recordId());
        d.put("recordUnitCode", line.unitCode());
        d.put("recordUnitPath", line.unitPath());
        d.put("action", line.action().name());
        d.put("what", cut(line.what(), 1000));
        d.put("purpose", line.purpose() == null || line.purpose().isBlank() ? null : cut(line.purpose().strip(), 500));
        d.put("correlationId", line.correlationId());
        d.put("resultCount", line.resultCount());
        return d;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
