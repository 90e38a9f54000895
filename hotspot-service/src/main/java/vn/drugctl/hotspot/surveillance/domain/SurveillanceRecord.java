package vn.drugctl.hotspot.surveillance.domain;

import vn.drugctl.common.domain.NotFound;
import vn.drugctl.common.domain.RuleViolation;
import vn.drugctl.common.events.Actor;
import vn.drugctl.common.history.EffectiveHistory;
import vn.drugctl.common.history.EffectiveHistory.Placed;
import vn.drugctl.hotspot.arrest.domain.Texts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A surveillance record (hồ sơ sưu tra, hiềm nghi, chuyên án) of one unit with an append-only history: opened,
 * reclassified, closed, and corrections that void or re-date an entry. Its state on any date is the replay of the
 * history (corrections applied, entries in business-date order, ties in the order entered), so the counts of a report
 * (by category, system and class at a date; opened and closed in a period, by reason) can be computed for any date.
 *
 * <p>Every command judges the whole history as it would be after it, each entry under the rule set in force on its
 * business date ({@link SurveillanceRules}); a refused command throws and leaves the record as it was (immutable).
 * Rules: {@code surveillance/not-open} (a step before the opening or after the closing),
 * {@code <set>/kind}, {@code <set>/subject}, {@code <set>/classification-required}, {@code <set>/closing-reason},
 * {@code surveillance/classification-unchanged}, {@code correction/not-correctable}; bad values are
 * {@link InvalidSurveillanceData}; an unknown entry {@link NotFound}.
 */
public final class SurveillanceRecord {
    private final String id;
    private final String unitCode;
    private final List<String> unitPath;
    private final long version;
    private final List<SurveillanceHistoryEntry> history;

    private SurveillanceRecord(String id, String unitCode, List<String> unitPath, long version,
                               List<SurveillanceHistoryEntry> history) {
        this.id = id;
        this.unitCode = unitCode;
        this.unitPath = List.copyOf(unitPath);
        this.version = version;
        this.history = List.copyOf(history);
    }

    /** When, by whom and under which rules a command runs. */
    public record Context(SurveillanceRules rules, LocalDate today, Instant now, Actor actor) {
    }

    public record Change(SurveillanceRecord record, List<SurveillanceHistoryEntry> newEntries) {
        public List<SurveillanceEvent> events() {
            return newEntries.stream().map(SurveillanceHistoryEntry::event).toList();
        }
    }

    public static SurveillanceRecord rebuild(String id, String unitCode, List<String> unitPath, long version,
                                             List<SurveillanceHistoryEntry> history) {
        if (history.isEmpty() || !(history.getFirst().event() instanceof SurveillanceRecordOpened)) {
            throw new IllegalStateException("history of surveillance record " + id + " does not start with its opening");
        }
        return new SurveillanceRecord(id, unitCode, unitPath, version, history);
    }

    public static Change open(SurveillanceKind kind, SurveillanceSubject subject, Classification classification,
                              LocalDate openedOn, String reason, String documentRef, String unitCode,
                              List<String> unitPath, Context context) {
        if (kind == null) {
            throw new InvalidSurveillanceData("kind", "is required");
        }
        LocalDate date = businessDate("openedOn", openedOn, context);
        SurveillanceSubject s = SurveillanceSubject.checked(subject, context.today());
        Classification c = Classification.checked("classification", classification);
        String r = Texts.required("reason", reason, 500);
        String doc = Texts.line("documentRef", documentRef, 128);
        String id = UUID.randomUUID().toString();
        SurveillanceRecord empty = new SurveillanceRecord(id, unitCode, unitPath, 0, List.of());
        return empty.append(new SurveillanceRecordOpened(id, date, kind, s, c, r, doc,
                context.rules().at(date).id()), context);
    }

    public String id() {
        return id;
    }

    public String unitCode() {
        return unitCode;
    }

    public List<String> unitPath() {
        return unitPath;
    }

    public long version() {
        return version;
    }

    public List<SurveillanceHistoryEntry> history() {
        return history;
    }

    /** The record now, every entry included. */
    public SurveillanceState state() {
        return stateAsOf(null);
    }

    /** The record at the end of {@code date} ({@code null}: every entry). */
    public SurveillanceState stateAsOf(LocalDate date) {
        SurveillanceKind kind = null;
        SurveillanceSubject subject = null;
        Classification classification = null;
        SurveillanceStatus status = null;
        LocalDate openedOn = null;
        LocalDate closedOn = null;
        String openingReason = null;
        String openingDoc = null;
        ClosingReason closingReason = null;
        for (Placed<SurveillanceEvent> p : effective(history)) {
            if (date != null && p.date().isAfter(date)) {
                break;
            }
            switch (p.event()) {
                case SurveillanceRecordOpened o -> {
                    kind = o.kind();
                    subject = o.subject();
                    classification = o.classification();
                    status = SurveillanceStatus.OPEN;
                    openedOn = p.date();
                    openingReason = o.reason();
                    openingDoc = o.documentRef();
                }
                case SurveillanceRecordReclassified r -> classification = r.to();
                case SurveillanceRecordClosed c -> {
                    status = SurveillanceStatus.CLOSED;
                    closedOn = p.date();
                    closingReason = c.reason();
                }
                case SurveillanceEntryCorrected ignored -> {
                }
            }
        }
        if (status == null) {
            // not opened yet on that date: kind and subject still tell what the record is
            SurveillanceRecordOpened opened = (SurveillanceRecordOpened) history.getFirst().event();
            return new SurveillanceState(opened.kind(), opened.subject(), null, null, null, null, null, null, null);
        }
        return new SurveillanceState(kind, subject, classification, status, openedOn, openingReason, openingDoc,
                closedOn, closingReason);
    }

    public Change reclassify(Classification to, LocalDate businessDate, String reason, String documentRef,
                             Context context) {
        LocalDate date = businessDate("businessDate", businessDate, context);
        Classification c = Classification.checked("", to);
        if (c == null) {
            throw new InvalidSurveillanceData("category", "is required (with system and clazz)");
        }
        Classification from = stateAsOf(date).classification();
        if (c.equals(from)) {
            throw new RuleViolation("surveillance/classification-unchanged", "Record " + id + " is already "
                    + c.category() + "/" + c.system() + "/" + c.clazz() + " on " + date);
        }
        return append(new SurveillanceRecordReclassified(id, date, from, c, Texts.required("reason", reason, 500),
                Texts.line("documentRef", documentRef, 128), context.rules().at(date).id()), context);
    }

    public Change close(ClosingReason reason, LocalDate businessDate, String documentRef, String note,
                        Context context) {
        LocalDate date = businessDate("businessDate", businessDate, context);
        if (reason == null) {
            throw new InvalidSurveillanceData("reason", "is required");
        }
        String n = Texts.note("note", note, 2000);
        if (reason == ClosingReason.OTHER && n == null) {
            throw new InvalidSurveillanceData("note", "must say why when the reason is OTHER");
        }
        return append(new SurveillanceRecordClosed(id, date, reason, Texts.line("documentRef", documentRef, 128), n,
                context.rules().at(date).id()), context);
    }

    /**
     * Voids an entry (a reclassification or a closing: voiding the closing reopens the record) or re-dates it (any
     * entry but a correction). The whole history, corrected, is judged again.
     */
    public Change correct(String eventId, boolean voided, LocalDate correctedDate, String note, Context context) {
        SurveillanceHistoryEntry target = history.stream().filter(e -> e.eventId().equals(eventId)).findFirst()
                .orElseThrow(() -> new NotFound("History entry", "Surveillance record " + id
                        + " has no history entry " + eventId));
        String n = Texts.note("note", note, 2000);
        if (n == null) {
            throw new InvalidSurveillanceData("note", "must say why the entry is corrected");
        }
        if (target.event() instanceof SurveillanceEntryCorrected) {
            throw new RuleViolation("correction/not-correctable", "A correction cannot be corrected; correct the "
                    + "original entry again instead");
        }
        if (voided && target.event() instanceof SurveillanceRecordOpened) {
            throw new RuleViolation("correction/not-correctable", "The opening cannot be voided; close the record "
                    + "instead, or re-date the opening");
        }
        if (voided == (correctedDate != null)) {
            throw new InvalidSurveillanceData("correctedBusinessDate", "give either voided=true or a corrected "
                    + "business date");
        }
        if (correctedDate != null) {
            businessDate("correctedBusinessDate", correctedDate, context);
        }
        return append(new SurveillanceEntryCorrected(id, context.today(), eventId, target.event().eventType(), voided,
                correctedDate, n), context);
    }

    private Change append(SurveillanceEvent event, Context context) {
        List<SurveillanceHistoryEntry> all = new ArrayList<>(history);
        SurveillanceHistoryEntry entry = new SurveillanceHistoryEntry(UUID.randomUUID().toString(), event,
                context.now(), context.actor());
        all.add(entry);
        judge(all, context.rules());
        return new Change(new SurveillanceRecord(id, unitCode, unitPath, version + 1, all), List.of(entry));
    }

    /** Replays the corrected history and refuses what no date's state may hold. */
    private static void judge(List<SurveillanceHistoryEntry> history, SurveillanceRules rules) {
        SurveillanceKind kind = null;
        SurveillanceStatus status = null;
        LocalDate openedOn = null;
        for (Placed<SurveillanceEvent> p : effective(history)) {
            switch (p.event()) {
                case SurveillanceRecordOpened o -> {
                    SurveillanceRules.RuleSet set = rules.at(p.date());
                    set.checkSubject(o.kind(), o.subject().type());
                    set.checkClassification(o.kind(), o.classification());
                    kind = o.kind();
                    status = SurveillanceStatus.OPEN;
                    openedOn = p.date();
                }
                case SurveillanceRecordReclassified r -> requireOpen(status, openedOn, p, "reclassified");
                case SurveillanceRecordClosed c -> {
                    requireOpen(status, openedOn, p, "closed");
                    rules.at(p.date()).checkClosing(kind, c.reason());
                    status = SurveillanceStatus.CLOSED;
                }
                case SurveillanceEntryCorrected ignored -> {
                }
            }
        }
    }

    private static void requireOpen(SurveillanceStatus status, LocalDate openedOn, Placed<SurveillanceEvent> p, String step) {
        if (status != SurveillanceStatus.OPEN) {
            throw new RuleViolation("surveillance/not-open", "The record cannot be " + step + " on " + p.date() + ": "
                    + (status == null ? "it is opened only on a later date" : "it is closed by then")
                    + (openedOn == null ? "" : " (opened on " + openedOn + ")"))
                    .with("businessDate", p.date().toString());
        }
    }

    /**
     * How the history reads as it stands: the entries that stand (voided ones left out) at their corrected dates, in
     * business-date order, one date in the order entered. The opening is not put first: re-dating it after a later
     * entry is then refused by {@link #judge} rather than replayed into a record opened after its own closing.
     */
    private static final EffectiveHistory<SurveillanceHistoryEntry, SurveillanceEvent> HISTORY = EffectiveHistory
            .<SurveillanceHistoryEntry, SurveillanceEvent>of(SurveillanceHistoryEntry::eventId,
                    SurveillanceHistoryEntry::event, SurveillanceEvent::businessDate, SurveillanceEvent::eventType)
            .corrections(e -> e instanceof SurveillanceEntryCorrected c ? c : null, null)
            .build();

    private static List<Placed<SurveillanceEvent>> effective(List<SurveillanceHistoryEntry> history) {
        return HISTORY.of(history, history.size());
    }

    private static LocalDate businessDate(String field, LocalDate date, Context context) {
        if (date == null) {
            throw new InvalidSurveillanceData(field, "is required");
        }
        if (date.isAfter(context.today())) {
            throw new InvalidSurveillanceData(field, "must not be in the future (today is " + context.today() + ")");
        }
        return date;
    }
}
