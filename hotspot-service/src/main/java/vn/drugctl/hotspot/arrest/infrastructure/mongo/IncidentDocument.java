package vn.drugctl.hotspot.arrest.infrastructure.mongo;

import org.bson.Document;
import org.springframework.data.annotation.Id;
import vn.drugctl.common.events.Actor;
import vn.drugctl.common.events.AggregateDocument;
import vn.drugctl.hotspot.arrest.domain.Incident;
import vn.drugctl.hotspot.arrest.domain.IncidentDetails;
import vn.drugctl.hotspot.arrest.domain.IncidentEvent;
import vn.drugctl.hotspot.arrest.domain.IncidentHistoryEntry;
import vn.drugctl.hotspot.arrest.domain.IncidentState;
import vn.drugctl.hotspot.arrest.domain.OutcomeKind;
import vn.drugctl.hotspot.arrest.domain.Suspect;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An incident as stored: the append-only history (the source of truth), the state copied out of it for lists (every
 * query starts with the unit path), the version and what the writes still have to deliver, in one document so a
 * change, its events and its audit line are written atomically.
 */
@org.springframework.data.mongodb.core.mapping.Document(MongoIncidents.COLLECTION)
public class IncidentDocument extends AggregateDocument {
    @Id
    String id;
    String unitCode;
    List<String> unitPath;
    String occurredAt;
    Instant occurredInstant;
    LocalDate businessDate;
    String placeUnitCode;
    String village;
    int suspects;
    int registrySuspects;
    int seizures;
    List<String> personIds;
    OutcomeKind outcome;
    String caseNumber;
    List<HistoryEntryDocument> history;

    /** One history entry as stored: the event under its contract name, as the same JSON that is sent. */
    public record HistoryEntryDocument(String eventId, String eventType, LocalDate businessDate, Instant recordedAt,
                                       Actor actor, Document payload) {
    }

    static IncidentDocument of(Incident incident, IncidentEventCodec codec) {
        IncidentDocument d = new IncidentDocument();
        d.id = incident.id();
        d.unitCode = incident.unitCode();
        d.unitPath = incident.unitPath();
        d.copyState(incident.state());
        d.history = new ArrayList<>(incident.history().stream().map(e -> entry(e, codec)).toList());
        return d;
    }

    static HistoryEntryDocument entry(IncidentHistoryEntry e, IncidentEventCodec codec) {
        return new HistoryEntryDocument(e.eventId(), e.event().eventType(), e.event().businessDate(), e.recordedAt(),
                e.actor(), codec.encode(e.event()));
    }

    void copyState(IncidentState s) {
        IncidentDetails details = s.details();
        occurredAt = details.occurredAt();
        occurredInstant = details.occurredAtTime().toInstant();
        businessDate = details.businessDate();
        placeUnitCode = details.place().unitCode();
        village = details.place().village();
        suspects = details.suspects().size();
        personIds = details.suspects().stream().filter(Suspect::isRegistryPerson).map(Suspect::personId).toList();
        registrySuspects = personIds.size();
        seizures = details.seizures().size();
        outcome = s.outcome().kind();
        caseNumber = s.outcome().caseNumber();
    }

    Incident toIncident(IncidentEventCodec codec) {
        List<IncidentHistoryEntry> entries = history.stream()
                .map(h -> new IncidentHistoryEntry(h.eventId(), (IncidentEvent) codec.decode(h.eventType(),
                        h.payload()), h.recordedAt(), h.actor()))
                .toList();
        return Incident.rebuild(id, unitCode, unitPath, getVersion(), entries);
    }
}
