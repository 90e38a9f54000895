package vn.drugctl.hotspot.hotspot.infrastructure.mongo;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;
import vn.drugctl.common.events.OutboxRecord;
import vn.drugctl.hotspot.hotspot.application.AuditLine;
import vn.drugctl.hotspot.hotspot.application.HotspotAuditTrail;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;

/**
 * The hotspot audit lines in the platform's audit collection {@value #COLLECTION}, insert-only: a read, a refusal or
 * a search is inserted at once ({@link #record}); the line of a change becomes an {@link OutboxRecord} that travels
 * in the change's own document write and is inserted by the outbox relay (idempotent by id), so a change and its
 * audit line cannot part.
 *
 * <p>Interim adapter: when platform-common's generic audit ({@code vn.drugctl.common.audit}) is merged, this class
 * delegates to it (AuditEntries / MongoAuditTrail.outboxRecord) and the use cases do not change.
 */
@Repository
public class MongoHotspotAuditTrail implements HotspotAuditTrail {
    public static final String COLLECTION = "audit_log";
    static final String SUBJECT = "hotspot";

    private final MongoTemplate mongo;
    private final Clock clock;

    public MongoHotspotAuditTrail(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public void record(AuditLine line) {
        Document document = document(line);
        document.put("_id", UUID.randomUUID().toString());
        mongo.insert(document, COLLECTION);
    }

    /** The line of a change, to be written in the change's own document write. */
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
        d.put("recordType", SUBJECT);
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
