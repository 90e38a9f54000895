package vn.drugctl.hotspot.surveillance.infrastructure.mongo;

import org.bson.Document;
import org.springframework.data.annotation.Id;
import vn.drugctl.common.events.Actor;
import vn.drugctl.common.events.AggregateDocument;
import vn.drugctl.hotspot.surveillance.domain.ClosingReason;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceCategory;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceClass;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceHistoryEntry;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceKind;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceRecord;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceState;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceStatus;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceSystem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A surveillance record as stored: the append-only history (the source of truth), the state now copied out for
 * filters (every query starts with the unit path), the version and the pending events, in one document.
 */
@org.springframework.data.mongodb.core.mapping.Document(MongoSurveillanceRecords.COLLECTION)
public class SurveillanceRecordDocument extends AggregateDocument {
    @Id
    String id;
    String unitCode;
    List<String> unitPath;
    SurveillanceKind kind;
    String subject;
    String personId;
    SurveillanceCategory category;
    SurveillanceSystem system;
    SurveillanceClass clazz;
    SurveillanceStatus status;
    LocalDate openedOn;
    LocalDate closedOn;
    ClosingReason closingReason;
    List<HistoryEntryDocument> history;

    public record HistoryEntryDocument(String eventId, String eventType, LocalDate businessDate, Instant recordedAt,
                                       Actor actor, Document payload) {
    }

    static SurveillanceRecordDocument of(SurveillanceRecord r, SurveillanceEventCodec codec) {
        SurveillanceRecordDocument d = new SurveillanceRecordDocument();
        d.id = r.id();
        d.unitCode = r.unitCode();
        d.unitPath = r.unitPath();
        d.copyState(r.state());
        d.history = new ArrayList<>(r.history().stream().map(e -> entry(e, codec)).toList());
        return d;
    }

    static HistoryEntryDocument entry(SurveillanceHistoryEntry e, SurveillanceEventCodec codec) {
        return new HistoryEntryDocument(e.eventId(), e.event().eventType(), e.event().businessDate(), e.recordedAt(),
                e.actor(), codec.encode(e.event()));
    }

    void copyState(SurveillanceState s) {
        kind = s.kind();
        subject = s.subject().displayName();
        personId = s.subject().personId();
        category = s.classification() == null ? null : s.classification().category();
        system = s.classification() == null ? null : s.classification().system();
        clazz = s.classification() == null ? null : s.classification().clazz();
        status = s.status();
        openedOn = s.openedOn();
        closedOn = s.closedOn();
        closingReason = s.closingReason();
    }

    SurveillanceRecord toRecord(SurveillanceEventCodec codec) {
        return SurveillanceRecord.rebuild(id, unitCode, unitPath, getVersion(), history.stream()
                .map(h -> new SurveillanceHistoryEntry(h.eventId(), codec.decode(h.eventType(), h.payload()),
                        h.recordedAt(), h.actor())).toList());
    }
}
