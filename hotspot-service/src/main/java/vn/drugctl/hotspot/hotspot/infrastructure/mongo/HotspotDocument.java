package vn.drugctl.hotspot.hotspot.infrastructure.mongo;

import org.bson.Document;
import org.springframework.data.annotation.Id;
import vn.drugctl.common.events.Actor;
import vn.drugctl.common.events.AggregateDocument;
import vn.drugctl.hotspot.hotspot.domain.HistoryEntry;
import vn.drugctl.hotspot.hotspot.domain.Hotspot;
import vn.drugctl.hotspot.hotspot.domain.HotspotDetails;
import vn.drugctl.hotspot.hotspot.domain.HotspotKind;
import vn.drugctl.hotspot.hotspot.domain.HotspotState;
import vn.drugctl.hotspot.hotspot.domain.HotspotStatus;
import vn.drugctl.hotspot.hotspot.domain.LicensedBusinessKind;
import vn.drugctl.hotspot.hotspot.domain.Texts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A hotspot as stored: the append-only history (the source of truth), the state now copied out of it for queries,
 * the map and the watched-point check (every index starts with the unit path, but the province-wide match keys), the
 * version and what the writes still have to deliver, in one document so that a change, its events and its audit
 * line are written atomically.
 */
@org.springframework.data.mongodb.core.mapping.Document(MongoHotspots.COLLECTION)
public class HotspotDocument extends AggregateDocument {
    @Id
    String id;
    String unitCode;
    List<String> unitPath;
    String provinceCode;
    Instant addedAt;
    // state now, copied from the history
    HotspotKind kind;
    HotspotStatus status;
    String name;
    String foldedName;
    /** name, road, village, business, dealer, handle folded: a text filter looks inside it */
    String foldedText;
    String address;
    LocalDate addedOn;
    LocalDate statusSince;
    boolean licensed;
    LicensedBusinessKind businessKind;
    boolean cyberspace;
    Double lat;
    Double lon;
    /** {@code <LICENCE|ADDRESS|ONLINE_HANDLE>|<province>|...}: what a new report is matched by while watched */
    List<String> matchKeys;
    List<HistoryEntryDocument> history;

    /** One history entry as stored. */
    public record HistoryEntryDocument(String eventId, String eventType, LocalDate businessDate, Instant recordedAt,
                                       Actor actor, Document payload) {
    }

    static HotspotDocument of(Hotspot hotspot, HotspotEventCodec codec, String provinceCode) {
        HotspotDocument d = new HotspotDocument();
        d.id = hotspot.id();
        d.unitCode = hotspot.unitCode();
        d.unitPath = hotspot.unitPath();
        d.provinceCode = provinceCode;
        d.addedAt = hotspot.history().getFirst().recordedAt();
        d.copyState(hotspot.state());
        d.history = new ArrayList<>(hotspot.history().stream().map(e -> entry(e, codec)).toList());
        return d;
    }

    static HistoryEntryDocument entry(HistoryEntry e, HotspotEventCodec codec) {
        return new HistoryEntryDocument(e.eventId(), e.event().eventType(), e.event().businessDate(), e.recordedAt(),
                e.actor(), codec.encode(e.event()));
    }

    void copyState(HotspotState s) {
        HotspotDetails details = s.details();
        kind = s.kind();
        status = s.status();
        name = details.name();
        foldedName = Texts.fold(details.name());
        foldedText = details.foldedText();
        address = details.address().display();
        addedOn = s.addedOn();
        statusSince = s.statusSince();
        licensed = details.licensedBusiness() != null;
        businessKind = licensed ? details.licensedBusiness().kind() : null;
        cyberspace = details.cyberspace() != null;
        lat = details.address().coordinates() == null ? null : details.address().coordinates().lat();
        lon = details.address().coordinates() == null ? null : details.address().coordinates().lon();
        matchKeys = new ArrayList<>(details.matchKeys(provinceCode));
    }

    Hotspot toHotspot(HotspotEventCodec codec) {
        List<HistoryEntry> entries = history.stream()
                .map(h -> new HistoryEntry(h.eventId(), codec.decode(h.eventType(), h.payload()), h.recordedAt(),
                        h.actor()))
                .toList();
        return Hotspot.rebuild(id, unitCode, unitPath, getVersion(), entries);
    }
}
