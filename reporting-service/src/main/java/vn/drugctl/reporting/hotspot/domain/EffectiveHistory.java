package vn.drugctl.reporting.hotspot.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.drugctl.reporting.ledger.domain.ProjectedEvent;

/**
 * How an aggregate's history reads once its corrections are applied, for the hotspot and surveillance projectors.
 * Readable events are those of a known type with schema version 1, each {@code eventId} once, in {@code sequence}
 * order. A correction event is not an entry of its own: the latest one (by {@code sequence}) naming an entry is in
 * force; it voids the entry (left out) or gives its corrected business date, reason and document (each when given).
 * Corrections of corrections, and the voiding of the opening entry (which the contracts never send), are ignored.
 * Entries are ordered opening first, then by effective business date, ties by {@code sequence}; an entry dated
 * before the opening (a history the service refuses; a history with gaps may still show one) is counted at the
 * opening's date, so that no state and no flow precedes the opening.
 */
final class EffectiveHistory {
    /** The schema version the projectors read. */
    static final int SCHEMA_VERSION = 1;

    private EffectiveHistory() {
    }

    /** An entry of the effective history: an event with its effective business date, reason and document. */
    record Entry(ProjectedEvent event, LocalDate date, String reason, String documentRef) {
        String type() {
            return event.eventType();
        }

        String unit() {
            return event.unitCode();
        }
    }

    /** The readable events of {@code known} types: schema version 1, each eventId once, by sequence. */
    static List<ProjectedEvent> readable(List<ProjectedEvent> events, Set<String> known) {
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
     * @param correctionType the type of the correction events
     * @param openingType    the type of the aggregate's first entry, put first and never voided
     */
    static List<Entry> of(List<ProjectedEvent> events, String correctionType, String openingType) {
        Map<String, ProjectedEvent> corrections = new HashMap<>();
        for (ProjectedEvent e : events) {
            String target = e.text("correctsEventId");
            if (e.eventType().equals(correctionType) && target != null) {
                corrections.put(target, e); // in sequence order: the latest stays
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (ProjectedEvent e : events) {
            if (e.eventType().equals(correctionType)) {
                continue;
            }
            LocalDate date = e.businessDate();
            String reason = e.text("reason");
            String documentRef = e.text("documentRef");
            ProjectedEvent c = corrections.get(e.eventId());
            if (c != null) {
                if (c.flag("voided") && !e.eventType().equals(openingType)) {
                    continue;
                }
                LocalDate correctedDate = c.date("correctedBusinessDate");
                String correctedReason = c.text("correctedReason");
                String correctedDocument = c.text("correctedDocumentRef");
                date = correctedDate != null ? correctedDate : date;
                reason = correctedReason != null ? correctedReason : reason;
                documentRef = correctedDocument != null ? correctedDocument : documentRef;
            }
            entries.add(new Entry(e, date, reason, documentRef));
        }
        entries.sort(Comparator.comparing((Entry x) -> !x.type().equals(openingType))
                .thenComparing(Entry::date).thenComparingLong(x -> x.event().sequence()));
        if (entries.isEmpty() || !entries.getFirst().type().equals(openingType)) {
            return entries;
        }
        LocalDate opened = entries.getFirst().date();
        List<Entry> placed = new ArrayList<>(entries.size());
        for (Entry x : entries) { // monotone: the order stays sorted
            placed.add(x.date().isBefore(opened) ? new Entry(x.event(), opened, x.reason(), x.documentRef()) : x);
        }
        return placed;
    }
}
