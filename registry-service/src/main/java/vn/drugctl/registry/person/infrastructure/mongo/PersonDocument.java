package vn.drugctl.registry.person.infrastructure.mongo;

import org.bson.Document;
import org.springframework.data.annotation.Id;
import vn.drugctl.common.events.Actor;
import vn.drugctl.common.events.AggregateDocument;
import vn.drugctl.registry.person.domain.AddictLocation;
import vn.drugctl.registry.person.domain.Flag;
import vn.drugctl.registry.person.domain.HistoryEntry;
import vn.drugctl.registry.person.domain.MainList;
import vn.drugctl.registry.person.domain.Person;
import vn.drugctl.registry.person.domain.Presence;
import vn.drugctl.registry.person.domain.RegistryState;
import vn.drugctl.registry.person.domain.Sex;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A person as stored: the append-only history (the source of truth), the current state copied out of it for
 * queries and indexes (every index starts with the unit path), the version and the events not yet published, in
 * one document so that a change and its events are written atomically.
 */
@org.springframework.data.mongodb.core.mapping.Document(MongoPersons.COLLECTION)
public class PersonDocument extends AggregateDocument {
    @Id
    String id;
    String unitCode;
    List<String> unitPath;
    Instant registeredAt;
    // identity, copied from the history
    String fullName;
    String foldedName;
    /** folded name and folded aliases, for prefix search */
    List<String> foldedNames;
    Sex sex;
    Integer birthYear;
    String village;
    /** {@code <province>:<cccd>}, or {@code none:<id>}: unique, so a CCCD is registered once per province */
    String cccdKey;
    /** folded name | birth year | folded home village: finds likely duplicates */
    String duplicateKey;
    // registry state now, copied from the history
    MainList list;
    LocalDate onListSince;
    LocalDate periodEndsOn;
    AddictLocation addictLocation;
    List<Flag> flags;
    Presence presence;
    List<HistoryEntryDocument> history;

    /** One history entry as stored. */
    public record HistoryEntryDocument(String eventId, String eventType, LocalDate businessDate, Instant recordedAt,
                                       Actor actor, Document payload) {
    }

    static PersonDocument of(Person person, PersonEventCodec codec, String provinceCode) {
        PersonDocument d = new PersonDocument();
        d.id = person.id();
        d.unitCode = person.unitCode();
        d.unitPath = person.unitPath();
        d.registeredAt = person.history().getFirst().recordedAt();
        d.copyState(person.state(), provinceCode);
        d.history = new ArrayList<>(person.history().stream().map(e -> entry(e, codec)).toList());
        return d;
    }

    static HistoryEntryDocument entry(HistoryEntry e, PersonEventCodec codec) {
        return new HistoryEntryDocument(e.eventId(), e.event().eventType(), e.event().businessDate(), e.recordedAt(),
                e.actor(), codec.encode(e.event()));
    }

    void copyState(RegistryState s, String provinceCode) {
        var details = s.details();
        fullName = details.fullName();
        foldedName = details.foldedName();
        List<String> names = new ArrayList<>(List.of(details.foldedName()));
        details.aliases().stream().map(vn.drugctl.registry.person.domain.FoldedName::fold).forEach(names::add);
        foldedNames = names;
        sex = details.sex();
        birthYear = details.birthYear();
        village = details.permanentResidence().village() != null ? details.permanentResidence().village()
                : details.currentResidence().village();
        cccdKey = cccdKey(provinceCode, details.cccd(), id);
        duplicateKey = provinceCode + "|" + details.likelyDuplicateKey();
        list = s.list();
        onListSince = s.onListSince();
        periodEndsOn = s.periodEndsOn();
        addictLocation = s.addictLocation();
        flags = List.copyOf(s.flags());
        presence = s.presence();
    }

    static String cccdKey(String provinceCode, String cccd, String id) {
        return cccd == null ? "none:" + id : provinceCode + ":" + cccd;
    }

    Person toPerson(PersonEventCodec codec) {
        List<HistoryEntry> entries = history.stream()
                .map(h -> new HistoryEntry(h.eventId(), codec.decode(h.eventType(), h.payload()), h.recordedAt(),
                        h.actor()))
                .toList();
        return Person.rebuild(id, unitCode, unitPath, getVersion(), entries);
    }
}
