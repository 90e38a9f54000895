package vn.drugctl.hotspot.hotspot.domain;

import vn.drugctl.common.domain.InvalidField;
import vn.drugctl.common.domain.NotFound;
import vn.drugctl.common.domain.RuleViolation;
import vn.drugctl.common.events.Actor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A hotspot or retail dealer of one commune (the owning unit): what is known of it and everything that happened to
 * it, as an append-only history. Its state on any date is the replay of that history (corrections applied, events in
 * business-date order).
 *
 * <p>A command builds its event, then hands the history with the event placed at its date to {@link HotspotHistory},
 * the one rule engine, which replays it and refuses ({@link RuleViolation}, 422 naming the rule) anything that would
 * make the state of any date invalid; a correction is judged the same way. A refused command returns nothing and
 * leaves this hotspot as it was (it is immutable); an accepted one returns the hotspot after it and the entries to
 * append. Bad values are {@link InvalidField} (400) naming the field; a business date in the future is one of them;
 * an unknown entry is {@link NotFound}.
 */
public final class Hotspot {
    private final String id;
    private final String unitCode;
    private final List<String> unitPath;
    private final long version;
    private final List<HistoryEntry> history;

    private Hotspot(String id, String unitCode, List<String> unitPath, long version, List<HistoryEntry> history) {
        this.id = id;
        this.unitCode = unitCode;
        this.unitPath = List.copyOf(unitPath);
        this.version = version;
        this.history = List.copyOf(history);
    }

    /** A hotspot as stored. */
    public static Hotspot rebuild(String id, String unitCode, List<String> unitPath, long version,
                                  List<HistoryEntry> history) {
        if (history.isEmpty() || !(history.getFirst().event() instanceof HotspotAdded)) {
            throw new IllegalStateException("history of hotspot " + id + " does not start with its addition");
        }
        return new Hotspot(id, unitCode, unitPath, version, history);
    }

    /** The result of a command: the hotspot after it and the entries it appended. */
    public record Change(Hotspot hotspot, List<HistoryEntry> newEntries) {
        public boolean isEmpty() {
            return newEntries.isEmpty();
        }
    }

    /** When, by whom and under which rules a command runs. */
    public record Context(HotspotRuleBook rules, LocalDate today, Instant now, Actor actor) {
    }

    /** A lifecycle step as asked: its business date, reason, document and note. */
    public record Step(HotspotReason reason, LocalDate businessDate, String documentRef, String note) {
    }

    /**
     * Adds a point to the list of {@code unitCode} (the owning commune, the address's unit).
     *
     * @param overruled the watched point it matched and why it is nonetheless new, or {@code null}
     */
    public static Change add(String id, HotspotKind kind, HotspotDetails details, String unitCode,
                             List<String> unitPath, Step step, HotspotAdded.OverruledMatch overruled,
                             Context context) {
        require(kind != null, "kind", "is required");
        require(step.reason() != null, "reason", "is required");
        LocalDate date = businessDate(step.businessDate(), context, "businessDate");
        if (overruled != null) {
            require(overruled.matchedId() != null && !overruled.matchedId().isBlank(), "overrule.matchedId",
                    "is required");
            overruled = new HotspotAdded.OverruledMatch(overruled.matchedId().strip(),
                    Texts.requiredLine("overrule.reason", overruled.reason(), Texts.LINE_MAX));
        }
        HotspotAdded added = new HotspotAdded(id, date, kind, details, step.reason(), doc(step), note(step),
                context.rules().at(date).id(), overruled);
        return new Hotspot(id, unitCode, unitPath, 0, List.of()).append(List.of(added), context);
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

    public List<HistoryEntry> history() {
        return history;
    }

    /** The state now, every known fact included. */
    public HotspotState state() {
        return HotspotHistory.stateAsOf(history, null);
    }

    /** The state at the end of {@code date}, or {@code null} when the point had not been added by then. */
    public HotspotState stateAsOf(LocalDate date) {
        return HotspotHistory.stateAsOf(history, date);
    }

    /** A risk point or a retail dealer becomes a complex drug point. */
    public Change escalate(Step step, Context context) {
        return lifecycle(step, context, (date, reason, doc, note, set) ->
                new HotspotEscalated(id, date, HotspotKind.COMPLEX_POINT, reason, doc, note, set));
    }

    public Change neutralise(Step step, Context context) {
        return lifecycle(step, context, (date, reason, doc, note, set) ->
                new HotspotNeutralised(id, date, reason, doc, note, set));
    }

    /** Eradicated by the arrests ({@code incidentIds}) or decisions ({@code decisionRefs}) named: one at least. */
    public Change eradicate(Step step, List<String> incidentIds, List<String> decisionRefs, Context context) {
        List<String> incidents = ids("incidentIds", incidentIds);
        List<String> decisions = new ArrayList<>();
        if (decisionRefs != null) {
            for (int i = 0; i < decisionRefs.size(); i++) {
                decisions.add(Texts.requiredLine("decisionRefs[" + i + "]", decisionRefs.get(i), Texts.LINE_MAX));
            }
        }
        require(!incidents.isEmpty() || !decisions.isEmpty(), "incidentIds",
                "an eradication names the arrests (incidentIds) or decisions (decisionRefs) behind it");
        return lifecycle(step, context, (date, reason, doc, note, set) ->
                new HotspotEradicated(id, date, reason, doc, note, incidents, List.copyOf(decisions), set));
    }

    public Change remove(Step step, Context context) {
        return lifecycle(step, context, (date, reason, doc, note, set) ->
                new HotspotRemoved(id, date, reason, doc, note, set));
    }

    /**
     * A watched point operates again. {@code matchedOn}/{@code reported}: the new report that matched it, or empty and
     * {@code null} for an officer's explicit reactivation.
     */
    public Change reactivate(Step step, Set<HotspotDetails.MatchOn> matchedOn, HotspotDetails reported,
                             Context context) {
        return lifecycle(step, context, (date, reason, doc, note, set) ->
                new HotspotReactivated(id, date, reason, doc, note, matchedOn, reported, set));
    }

    /** Changes what is known of the point; nothing is appended when nothing differs. */
    public Change changeDetails(HotspotDetails details, String note, Context context) {
        HotspotDetails before = state().details();
        List<String> changed = new ArrayList<>();
        compare(changed, "name", before.name(), details.name());
        compare(changed, "address", before.address(), details.address());
        compare(changed, "licensedBusiness", before.licensedBusiness(), details.licensedBusiness());
        compare(changed, "cyberspace", before.cyberspace(), details.cyberspace());
        compare(changed, "dealer", before.dealer(), details.dealer());
        compare(changed, "peopleInvolved", before.peopleInvolved(), details.peopleInvolved());
        compare(changed, "evidenceNotes", before.evidenceNotes(), details.evidenceNotes());
        compare(changed, "officerInCharge", before.officerInCharge(), details.officerInCharge());
        if (changed.isEmpty()) {
            return new Change(this, List.of());
        }
        require(details.address().unitCode().equals(before.address().unitCode()), "address.unitCode",
                "cannot change: a point moves to another commune by being removed here and added there");
        return append(List.of(new HotspotDetailsChanged(id, context.today(), changed, details,
                Texts.note("note", note, Texts.NOTE_MAX))), context);
    }

    /**
     * Corrects a recorded lifecycle entry by appending a correction that voids it or amends its date, reason or
     * document. The whole history, corrected, must still obey the rules in force on each date. The addition may be
     * amended, not voided (a point wrongly listed is removed, reason WRONGLY_LISTED).
     */
    public Change correct(String eventId, boolean voided, LocalDate correctedDate, HotspotReason correctedReason,
                          String correctedDocumentRef, String note, Context context) {
        HistoryEntry target = history.stream().filter(e -> e.eventId().equals(eventId)).findFirst()
                .orElseThrow(() -> new NotFound("History entry", "Hotspot " + id + " has no history entry " + eventId));
        if (!(target.event() instanceof LifecycleEvent)) {
            throw new RuleViolation("correction/not-correctable", target.event().eventType()
                    + " entries cannot be corrected this way" + (target.event() instanceof HotspotEntryCorrected
                    ? "; correct the original entry again instead" : "; change the point's details instead"));
        }
        if (voided && target.event() instanceof HotspotAdded) {
            throw new RuleViolation("correction/addition-not-voidable", "The addition of a point cannot be voided; "
                    + "remove the point with reason WRONGLY_LISTED instead");
        }
        String why = Texts.note("note", note, Texts.NOTE_MAX);
        require(why != null, "note", "must say why the entry is corrected");
        require(voided || correctedDate != null || correctedReason != null || correctedDocumentRef != null,
                "voided", "a correction either voids the entry or gives at least one corrected value");
        require(!voided || (correctedDate == null && correctedReason == null && correctedDocumentRef == null),
                "voided", "a voiding correction gives no corrected values");
        if (correctedDate != null) {
            businessDate(correctedDate, context, "businessDate");
        }
        String doc = Texts.line("documentRef", correctedDocumentRef, Texts.LINE_MAX);
        return append(List.of(new HotspotEntryCorrected(id, context.today(), eventId, target.event().eventType(),
                voided, correctedDate, correctedReason, doc, why)), context);
    }

    @FunctionalInterface
    private interface StepEvent {
        LifecycleEvent of(LocalDate date, HotspotReason reason, String documentRef, String note, String ruleSet);
    }

    private Change lifecycle(Step step, Context context, StepEvent event) {
        require(step.reason() != null, "reason", "is required");
        LocalDate date = businessDate(step.businessDate(), context, "businessDate");
        return append(List.of(event.of(date, step.reason(), doc(step), note(step), context.rules().at(date).id())),
                context);
    }

    /** Places the new events at their business dates, has the judge check the history so formed, appends them. */
    private Change append(List<HotspotEvent> events, Context context) {
        List<HistoryEntry> added = events.stream().map(e -> new HistoryEntry(UUID.randomUUID().toString(), e,
                context.now(), context.actor())).toList();
        List<HistoryEntry> all = new ArrayList<>(history);
        all.addAll(added);
        if (events.stream().anyMatch(e -> !(e instanceof HotspotDetailsChanged))) {
            HotspotHistory.judge(all, history.size(), context.rules());
        }
        return new Change(new Hotspot(id, unitCode, unitPath, version + 1, all), added);
    }

    private static List<String> ids(String field, List<String> raw) {
        List<String> ids = new ArrayList<>();
        if (raw != null) {
            for (int i = 0; i < raw.size(); i++) {
                String v = raw.get(i);
                require(v != null && v.matches("[A-Za-z0-9-]{1,64}"), field + "[" + i + "]", "must be an id");
                ids.add(v);
            }
        }
        return List.copyOf(ids);
    }

    private static String doc(Step step) {
        return Texts.line("documentRef", step.documentRef(), Texts.LINE_MAX);
    }

    private static String note(Step step) {
        return Texts.note("note", step.note(), Texts.NOTE_MAX);
    }

    private static LocalDate businessDate(LocalDate date, Context context, String field) {
        require(date != null, field, "is required");
        require(!date.isAfter(context.today()), field, "must not be in the future (today is " + context.today() + ")");
        return date;
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    private static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidField(field, message);
        }
    }
}
