package vn.drugctl.reporting.ledger.domain;

import vn.drugctl.common.history.EffectiveHistory;
import vn.drugctl.common.history.EntryCorrection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How an aggregate's received events read once its corrections are applied, for every projector: the same rules as
 * the services' own replays (platform-core's {@link EffectiveHistory}, used here on {@link ProjectedEvent}s).
 *
 * <p>{@link #readable}: events of a known type with schema version 1, each {@code eventId} once, in {@code sequence}
 * order. {@link #of}: a correction event is not an entry of its own; the latest one naming an entry is in force; it
 * voids the entry (left out; the opening entry is never voided, which the contracts never send) or gives its
 * corrected business date, reason and document (each when given). Entries come opening first, then by effective
 * business date, ties by {@code sequence}. Where the opening's date is a business fact (a hotspot's addition, a
 * record's opening), an entry dated before it (a history the services refuse; one with gaps may still show one) is
 * counted at the opening's date, so that no state and no flow precedes it; where it is only the day the record was
 * entered (a registry person: facts may be recorded with earlier dates), entries keep their dates.
 */
public final class ProjectedHistory {
    /** The schema version the projectors read. */
    public static final int SCHEMA_VERSION = 1;

    private ProjectedHistory() {
    }

    /** An entry of the effective history: an event with its effective business date, reason and document. */
    public record Entry(ProjectedEvent event, LocalDate date, String reason, String documentRef) {
        public String type() {
            return event.eventType();
        }

        public String unit() {
            return event.unitCode();
        }
    }

    /** A correction event read as platform-core's correction, with the reason and document it may amend. */
    private record Correction(String correctsEventId, boolean voided, LocalDate correctedBusinessDate,
                              String correctedReason, String correctedDocumentRef) implements EntryCorrection {
    }

    /** The readable events of {@code known} types: schema version 1, each eventId once, by sequence. */
    public static List<ProjectedEvent> readable(List<ProjectedEvent> events, Set<String> known) {
        List<ProjectedEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparingLong(ProjectedEvent::sequence));
        Map<String, ProjectedEvent> byId = new LinkedHashMap<>();
        for (ProjectedEvent e : sorted) {
            if (e.schemaVersion() == SCHEMA_VERSION && known.contains(e.eventType())) {
                byId.putIfAbsent(e.eventId(), e);
            }
        }
        return new ArrayList<>(byId.values());
    }

    /**
     * The effective history of {@code events} (readable, as {@link #readable} returns them).
     *
     * @param correctionType the type of the correction events ({@code EntryCorrected}...)
     * @param openingType    the type of the aggregate's first entry, put first and never voided
     * @param openingIsFact  whether nothing can precede the opening's date (see the class comment)
     */
    public static List<Entry> of(List<ProjectedEvent> events, String correctionType, String openingType,
                                 boolean openingIsFact) {
        EffectiveHistory<ProjectedEvent, Entry> history = EffectiveHistory.<ProjectedEvent, Entry>of(
                        ProjectedEvent::eventId,
                        e -> new Entry(e, e.businessDate(), e.text("reason"), e.text("documentRef")),
                        Entry::date, Entry::type)
                .corrections(x -> !x.type().equals(correctionType) ? null : new Correction(
                                x.event().text("correctsEventId"),
                                x.event().flag("voided") && !openingType.equals(x.event().text("correctsEventType")),
                                x.event().date("correctedBusinessDate"), x.event().text("correctedReason"),
                                x.event().text("correctedDocumentRef")),
                        (x, c) -> {
                            Correction k = (Correction) c;
                            return new Entry(x.event(), k.correctedBusinessDate() != null ? k.correctedBusinessDate()
                                    : x.date(), k.correctedReason() != null ? k.correctedReason() : x.reason(),
                                    k.correctedDocumentRef() != null ? k.correctedDocumentRef() : x.documentRef());
                        })
                .opening(x -> x.type().equals(openingType))
                .build();
        List<Entry> entries = history.of(events, events.size()).stream()
                .map(EffectiveHistory.Placed::event).toList();
        if (!openingIsFact || entries.isEmpty() || !entries.getFirst().type().equals(openingType)) {
            return entries;
        }
        LocalDate opened = entries.getFirst().date();
        List<Entry> placed = new ArrayList<>(entries.size());
        for (Entry x : entries) { // monotone: the order stays sorted
            placed.add(x.date().isBefore(opened) ? new Entry(x.event(), opened, x.reason(), x.documentRef()) : x);
        }
        return placed;
    }

    /**
     * Replays {@code entries} in order: {@code apply} each, and after the last entry of each business date
     * {@code closeDay} with that date (where a projector writes its stock steps).
     */
    public static void replayByDay(List<Entry> entries, java.util.function.Consumer<Entry> apply,
                                   java.util.function.Consumer<LocalDate> closeDay) {
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            apply.accept(entry);
            if (i + 1 == entries.size() || !entries.get(i + 1).date().equals(entry.date())) {
                closeDay.accept(entry.date());
            }
        }
    }
}
