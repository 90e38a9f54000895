package vn.drugctl.hotspot.arrest.domain;

import vn.drugctl.common.domain.NotFound;
import vn.drugctl.common.domain.RuleViolation;
import vn.drugctl.common.events.Actor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * An incident (vụ bắt giữ, kết quả đấu tranh) of its capturing unit, with an append-only history: recorded, its
 * outcome decided, its details corrected. Immutable: a command returns the incident after it and the entries to
 * append, or throws and leaves it as it was.
 *
 * <p>Every write that changes what a registry suspect's arrest says (recording, an outcome, a correction) appends one
 * {@link SuspectArrested} per registry suspect whose arrest reads differently than in the last one published for
 * them, so registry-service can keep the person's file true by applying the latest one.
 *
 * <p>Bad values are {@link InvalidIncidentData} naming the field; rules of the record are {@link RuleViolation}
 * ({@code incident/outcome-final}, {@code incident/outcome-unchanged}, {@code incident/registry-suspect-kept},
 * {@code incident/defendant-kept}, {@code incident/nothing-changed}); a command naming something unknown is
 * {@link NotFound}. Whether hotspots and units exist is the application's to check.
 */
public final class Incident {
    private final String id;
    private final String unitCode;
    private final List<String> unitPath;
    private final long version;
    private final List<IncidentHistoryEntry> history;

    private Incident(String id, String unitCode, List<String> unitPath, long version,
                     List<IncidentHistoryEntry> history) {
        this.id = id;
        this.unitCode = unitCode;
        this.unitPath = List.copyOf(unitPath);
        this.version = version;
        this.history = List.copyOf(history);
    }

    /** When and by whom a command runs; {@code today} is the business day in the service's time zone. */
    public record Context(Instant now, LocalDate today, Actor actor) {
    }

    /** The result of a command: the incident after it and the entries it appended. */
    public record Change(Incident incident, List<IncidentHistoryEntry> newEntries) {
        public List<IncidentEvent> events() {
            return newEntries.stream().map(IncidentHistoryEntry::event).toList();
        }
    }

    public static Incident rebuild(String id, String unitCode, List<String> unitPath, long version,
                                   List<IncidentHistoryEntry> history) {
        if (history.isEmpty() || !(history.getFirst().event() instanceof IncidentRecorded)) {
            throw new IllegalStateException("history of incident " + id + " does not start with its recording");
        }
        return new Incident(id, unitCode, unitPath, version, history);
    }

    /**
     * Records an incident of {@code unitCode} (the capturing unit), with its outcome if already known and the
     * hotspots it eradicated or neutralised.
     */
    public static Change record(IncidentDraft draft, String unitCode, List<String> unitPath, Outcome outcome,
                                List<HotspotEffect> effects, Context context) {
        String id = UUID.randomUUID().toString();
        IncidentDetails details = checked(draft, unitCode, context);
        Outcome o = outcome == null ? Outcome.pending() : checkedOutcome(outcome, details, "outcome", context);
        List<HotspotEffect> e = checkedEffects(effects);
        IncidentRecorded recorded = new IncidentRecorded(id, details.businessDate(), details, o, e);
        Incident empty = new Incident(id, unitCode, unitPath, 0, List.of());
        List<IncidentEvent> events = new ArrayList<>(List.of(recorded));
        IncidentState state = new IncidentState(details, o, e);
        events.addAll(empty.arrestsChangedBy(state));
        events.addAll(empty.residentNoticesChangedBy(state));
        return empty.append(events, context);
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

    public List<IncidentHistoryEntry> history() {
        return history;
    }

    /** The incident now: the latest details and outcome. */
    public IncidentState state() {
        IncidentDetails details = null;
        Outcome outcome = null;
        List<HotspotEffect> effects = List.of();
        for (IncidentHistoryEntry entry : history) {
            switch (entry.event()) {
                case IncidentRecorded r -> {
                    details = r.details();
                    outcome = r.outcome();
                    effects = r.hotspotEffects();
                }
                case IncidentOutcomeRecorded o -> outcome = o.outcome();
                case IncidentCorrected c -> details = c.details();
                case SuspectArrested ignored -> {
                }
                case ResidentArrested ignored -> {
                }
            }
        }
        return new IncidentState(details, outcome, effects);
    }

    /**
     * Records the decided outcome.
     *
     * @throws RuleViolation {@code incident/outcome-final} once prosecuted; {@code incident/outcome-unchanged} when
     *                       it is the outcome already recorded
     */
    public Change recordOutcome(Outcome outcome, String note, Context context) {
        IncidentState state = state();
        Outcome o = checkedOutcome(outcome, state.details(), "", context);
        if (o.kind() == OutcomeKind.PENDING) {
            throw new InvalidIncidentData("kind", "must be PROSECUTED or ADMINISTRATIVE: an outcome step decides");
        }
        if (state.outcome().kind() == OutcomeKind.PROSECUTED) {
            throw new RuleViolation("incident/outcome-final", "Incident " + id + " is already prosecuted (case "
                    + state.outcome().caseNumber() + "); correct the case through the court's record instead")
                    .with("outcome", state.outcome().kind().name());
        }
        if (state.outcome().kind() == o.kind()) {
            throw new RuleViolation("incident/outcome-unchanged", "Incident " + id + " already has the outcome "
                    + o.kind()).with("outcome", o.kind().name());
        }
        String n = Texts.note("note", note, 2000);
        List<IncidentEvent> events = new ArrayList<>();
        events.add(new IncidentOutcomeRecorded(id, o.decidedOn(), o, n));
        events.addAll(arrestsChangedBy(new IncidentState(state.details(), o, state.hotspotEffects())));
        return append(events, context);
    }

    /**
     * Corrects the details: the draft is the incident as it should have been recorded (suspects keep their ids).
     * The capturing unit and the hotspot effects cannot change this way.
     *
     * @throws RuleViolation {@code incident/registry-suspect-kept} when a registry suspect would disappear or become
     *                       another person (their arrest is on a person's file); {@code incident/defendant-kept} when
     *                       a defendant would disappear; {@code incident/nothing-changed} when nothing differs
     */
    public Change correct(IncidentDraft draft, String note, Context context) {
        String n = Texts.note("note", note, 2000);
        if (n == null) {
            throw new InvalidIncidentData("note", "must say why the incident is corrected");
        }
        IncidentState state = state();
        IncidentDetails details = checked(draft, unitCode, context);
        for (Suspect before : state.details().suspects()) {
            Suspect after = details.suspect(before.suspectId());
            if (before.isRegistryPerson() && (after == null || !before.personId().equals(after.personId()))) {
                throw new RuleViolation("incident/registry-suspect-kept", "Suspect " + before.suspectId()
                        + " is registry person " + before.personId() + " and their arrest is on the person's file: "
                        + "a correction may change their details but not remove them or make them someone else")
                        .with("suspectId", before.suspectId());
            }
        }
        for (String defendant : state.outcome().defendants()) {
            if (details.suspect(defendant) == null) {
                throw new RuleViolation("incident/defendant-kept", "Suspect " + defendant
                        + " is a defendant of case " + state.outcome().caseNumber() + " and must stay a suspect")
                        .with("suspectId", defendant);
            }
        }
        List<String> changed = new ArrayList<>();
        IncidentDetails b = state.details();
        compare(changed, "occurredAt", b.occurredAt(), details.occurredAt());
        compare(changed, "place", b.place(), details.place());
        compare(changed, "otherUnitCodes", b.unitCodes(), details.unitCodes());
        compare(changed, "suspects", b.suspects(), details.suspects());
        compare(changed, "seizures", b.seizures(), details.seizures());
        compare(changed, "property", b.property(), details.property());
        compare(changed, "summary", b.summary(), details.summary());
        if (changed.isEmpty()) {
            throw new RuleViolation("incident/nothing-changed", "The correction gives the incident as it is already "
                    + "recorded");
        }
        if (state.outcome().decidedOn() != null && state.outcome().decidedOn().isBefore(details.businessDate())) {
            throw new InvalidIncidentData("occurredAt", "must not be after the outcome's decision date "
                    + state.outcome().decidedOn());
        }
        List<IncidentEvent> events = new ArrayList<>();
        events.add(new IncidentCorrected(id, context.today(), details, changed, n));
        IncidentState after = new IncidentState(details, state.outcome(), state.hotspotEffects());
        events.addAll(arrestsChangedBy(after));
        events.addAll(residentNoticesChangedBy(after));
        return append(events, context);
    }

    /** The arrest of every registry suspect as {@code state} says it. */
    public List<SuspectArrested> arrests(IncidentState state) {
        IncidentDetails d = state.details();
        List<SuspectArrested> arrests = new ArrayList<>();
        for (Suspect s : d.suspects()) {
            if (!s.isRegistryPerson()) {
                continue;
            }
            List<SuspectArrested.Substance> substances = d.seizures().stream()
                    .filter(z -> z.suspectId() == null || z.suspectId().equals(s.suspectId()))
                    .map(z -> new SuspectArrested.Substance(z.kind(), z.grams())).toList();
            OutcomeKind outcome = state.outcome().forSuspect(s.suspectId());
            arrests.add(new SuspectArrested(id, s.suspectId(), s.personId(), d.occurredAt(), d.businessDate(),
                    d.capturingUnitCode(), s.acts(), outcome,
                    outcome == OutcomeKind.PROSECUTED ? state.outcome().caseNumber() : null, substances));
        }
        return arrests;
    }

    /**
     * The notice for the residence unit of every suspect who is not a registry person and lives in the area of a unit
     * other than the capturing one, as {@code state} says it.
     */
    public List<ResidentArrested> residentNotices(IncidentState state) {
        IncidentDetails d = state.details();
        return d.suspects().stream()
                .filter(s -> !s.isRegistryPerson() && s.residence() != null && s.residence().unitCode() != null
                        && !s.residence().unitCode().equals(d.capturingUnitCode()))
                .map(s -> new ResidentArrested(id, s.suspectId(), s.residence().unitCode(), s.fullName(),
                        s.birthYear(), d.businessDate(), d.capturingUnitCode()))
                .toList();
    }

    /** The notices {@code after} says that differ from the last one published per suspect. */
    private List<ResidentArrested> residentNoticesChangedBy(IncidentState after) {
        return changedSincePublished(ResidentArrested.class, ResidentArrested::suspectId, residentNotices(after));
    }

    /** The arrests {@code after} says that differ from the last one published per suspect. */
    private List<SuspectArrested> arrestsChangedBy(IncidentState after) {
        return changedSincePublished(SuspectArrested.class, SuspectArrested::suspectId, arrests(after));
    }

    /** Those of {@code now} that differ from the last event of their type published for their suspect. */
    private <T extends IncidentEvent> List<T> changedSincePublished(Class<T> type, Function<T, String> suspect,
                                                                     List<T> now) {
        Map<String, T> published = new LinkedHashMap<>();
        for (IncidentHistoryEntry entry : history) {
            if (type.isInstance(entry.event())) {
                T event = type.cast(entry.event());
                published.put(suspect.apply(event), event);
            }
        }
        return now.stream().filter(e -> !e.equals(published.get(suspect.apply(e)))).toList();
    }

    private Change append(List<IncidentEvent> events, Context context) {
        List<IncidentHistoryEntry> added = events.stream()
                .map(e -> new IncidentHistoryEntry(UUID.randomUUID().toString(), e, context.now(), context.actor()))
                .toList();
        List<IncidentHistoryEntry> all = new ArrayList<>(history);
        all.addAll(added);
        return new Change(new Incident(id, unitCode, unitPath, version + 1, all), added);
    }

    private static IncidentDetails checked(IncidentDraft draft, String unitCode, Context context) {
        if (draft == null) {
            throw new InvalidIncidentData("", "an incident is required");
        }
        if (draft.occurredAt() == null) {
            throw new InvalidIncidentData("occurredAt", "is required (date-time with offset, e.g. "
                    + "2026-11-20T21:30:00+07:00)");
        }
        if (draft.occurredAt().toInstant().isAfter(context.now())) {
            throw new InvalidIncidentData("occurredAt", "must not be in the future (now is " + context.now() + ")");
        }
        if (draft.occurredAt().getYear() < 2000) {
            throw new InvalidIncidentData("occurredAt", "must not be before the year 2000");
        }
        IncidentPlace place = IncidentPlace.checked(draft.place());
        List<String> units = new ArrayList<>(List.of(unitCode));
        List<String> others = draft.otherUnitCodes() == null ? List.of() : draft.otherUnitCodes();
        for (int i = 0; i < others.size(); i++) {
            String code = Texts.required("otherUnitCodes[" + i + "]", others.get(i), 64);
            if (units.contains(code)) {
                throw new InvalidIncidentData("otherUnitCodes[" + i + "]", "names " + code
                        + " twice or the capturing unit");
            }
            units.add(code);
        }
        List<Suspect> suspects = new ArrayList<>();
        List<Suspect> given = draft.suspects() == null ? List.of() : draft.suspects();
        if (given.isEmpty()) {
            throw new InvalidIncidentData("suspects", "must name at least one suspect");
        }
        if (given.size() > 200) {
            throw new InvalidIncidentData("suspects", "must name at most 200 suspects");
        }
        Set<String> ids = new HashSet<>();
        Set<String> persons = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            Suspect s = Suspect.checked(i, given.get(i), context.today());
            if (!ids.add(s.suspectId())) {
                throw new InvalidIncidentData("suspects[" + i + "].suspectId", "is used twice");
            }
            if (s.personId() != null && !persons.add(s.personId())) {
                throw new InvalidIncidentData("suspects[" + i + "].personId", "names a registry person twice");
            }
            suspects.add(s);
        }
        List<Seizure> seizures = new ArrayList<>();
        List<IncidentDraft.SeizureDraft> drafts = draft.seizures() == null ? List.of() : draft.seizures();
        if (drafts.size() > 200) {
            throw new InvalidIncidentData("seizures", "must name at most 200 seizures");
        }
        for (int i = 0; i < drafts.size(); i++) {
            IncidentDraft.SeizureDraft z = drafts.get(i);
            if (z == null) {
                throw new InvalidIncidentData("seizures[" + i + "]", "is required");
            }
            Seizure seizure = Seizure.checked(i, z.kind(), z.name(), z.grams(), z.suspectId());
            if (seizure.suspectId() != null && !ids.contains(seizure.suspectId())) {
                throw new InvalidIncidentData("seizures[" + i + "].suspectId", "is not a suspect of this incident");
            }
            seizures.add(seizure);
        }
        SeizedProperty property = SeizedProperty.checked(draft.moneyVnd(), draft.vehicles(),
                draft.vehiclesDescription(), draft.phones(), draft.phonesDescription());
        return new IncidentDetails(
                draft.occurredAt().format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME), place, units, suspects, seizures, property,
                Texts.note("summary", draft.summary(), 4000));
    }

    private static Outcome checkedOutcome(Outcome outcome, IncidentDetails details, String prefix, Context context) {
        String p = prefix.isEmpty() ? "" : prefix + ".";
        if (outcome.kind() == null) {
            throw new InvalidIncidentData(p + "kind", "is required");
        }
        if (outcome.kind() == OutcomeKind.PENDING) {
            if (outcome.caseNumber() != null || !outcome.defendants().isEmpty()
                    || outcome.sanctionDecisionRef() != null) {
                throw new InvalidIncidentData(p + "kind", "PENDING takes no case number, defendants or decision");
            }
            return Outcome.pending();
        }
        LocalDate decided = outcome.decidedOn() == null ? context.today() : outcome.decidedOn();
        if (decided.isAfter(context.today())) {
            throw new InvalidIncidentData(p + "decidedOn", "must not be in the future (today is " + context.today()
                    + ")");
        }
        if (decided.isBefore(details.businessDate())) {
            throw new InvalidIncidentData(p + "decidedOn", "must not be before the incident's date "
                    + details.businessDate());
        }
        if (outcome.kind() == OutcomeKind.PROSECUTED) {
            String number = Texts.required(p + "caseNumber", outcome.caseNumber(), 64);
            if (outcome.sanctionDecisionRef() != null) {
                throw new InvalidIncidentData(p + "sanctionDecisionRef", "must be empty when PROSECUTED");
            }
            if (outcome.defendants().isEmpty()) {
                throw new InvalidIncidentData(p + "defendants", "must name at least one suspect when PROSECUTED");
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < outcome.defendants().size(); i++) {
                String d = outcome.defendants().get(i);
                if (d == null || details.suspect(d) == null) {
                    throw new InvalidIncidentData(p + "defendants[" + i + "]", "is not a suspect of this incident");
                }
                if (!seen.add(d)) {
                    throw new InvalidIncidentData(p + "defendants[" + i + "]", "names a suspect twice");
                }
            }
            return new Outcome(OutcomeKind.PROSECUTED, number, outcome.defendants(), null, decided);
        }
        String ref = Texts.required(p + "sanctionDecisionRef", outcome.sanctionDecisionRef(), 128);
        if (outcome.caseNumber() != null || !outcome.defendants().isEmpty()) {
            throw new InvalidIncidentData(p + "caseNumber", "must be empty (with defendants) when ADMINISTRATIVE");
        }
        return new Outcome(OutcomeKind.ADMINISTRATIVE, null, List.of(), ref, decided);
    }

    private static List<HotspotEffect> checkedEffects(List<HotspotEffect> effects) {
        List<HotspotEffect> given = effects == null ? List.of() : effects;
        Set<String> seen = new HashSet<>();
        List<HotspotEffect> checked = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            HotspotEffect e = given.get(i);
            String f = "hotspotEffects[" + i + "]";
            if (e == null || e.effect() == null) {
                throw new InvalidIncidentData(f + ".effect", "is required (ERADICATES or NEUTRALISES)");
            }
            if (e.hotspotId() == null || e.hotspotId().isBlank()) {
                throw new InvalidIncidentData(f + ".hotspotId", "is required");
            }
            String hotspotId = Suspect.id(f + ".hotspotId", e.hotspotId());
            if (!seen.add(hotspotId)) {
                throw new InvalidIncidentData(f + ".hotspotId", "names a hotspot twice");
            }
            checked.add(new HotspotEffect(hotspotId, e.effect()));
        }
        return checked;
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}
