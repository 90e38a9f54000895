package vn.drugctl.registry.person.domain;

import vn.drugctl.common.domain.NotFound;
import vn.drugctl.common.domain.RuleViolation;
import vn.drugctl.common.events.Actor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A person in the registry of one unit (the managing unit): who they are and everything that happened to their
 * record, as an append-only history. Their state on any date is the replay of that history; a change is checked
 * against the rules in force on its business date and appended as new events, never by editing old ones.
 */
public final class Person {
    private final String id;
    private final String unitCode;
    private final List<String> unitPath;
    private final long version;
    private final List<HistoryEntry> history;

    private Person(String id, String unitCode, List<String> unitPath, long version, List<HistoryEntry> history) {
        this.id = id;
        this.unitCode = unitCode;
        this.unitPath = List.copyOf(unitPath);
        this.version = version;
        this.history = List.copyOf(history);
    }

    /** A person as stored. */
    public static Person rebuild(String id, String unitCode, List<String> unitPath, long version,
                                 List<HistoryEntry> history) {
        if (history.isEmpty() || !(history.getFirst().event() instanceof PersonRegistered)) {
            throw new IllegalStateException("history of person " + id + " does not start with its registration");
        }
        return new Person(id, unitCode, unitPath, version, history);
    }

    /** The result of a command: the person after it and the entries it appended. */
    public record Change(Person person, List<HistoryEntry> newEntries) {
        public List<PersonEvent> events() {
            return newEntries.stream().map(HistoryEntry::event).toList();
        }

        public boolean isEmpty() {
            return newEntries.isEmpty();
        }
    }

    /** A list change: to {@code toList}, or off the lists when it is {@code null}. */
    public record ListChange(MainList toList, ChangeReason reason, LocalDate businessDate, String documentRef,
                             String note) {
    }

    /** When, by whom and under which rules a command runs. */
    public record Context(RuleBook rules, LocalDate today, Instant now, Actor actor) {
    }

    /**
     * Registers a person, optionally placing them on a list in the same write.
     *
     * @throws InvalidPersonData on a bad value; {@link RuleViolation} when the rules forbid the initial list
     */
    public static Change register(PersonDetails details, String unitCode, List<String> unitPath,
                                  ListChange initialList, Context context) {
        return register(UUID.randomUUID().toString(), details, unitCode, unitPath, initialList, context);
    }

    /** Registers a person under a given id (an import derives it from the row, so that a re-import is a no-op). */
    public static Change register(String id, PersonDetails details, String unitCode, List<String> unitPath,
                                  ListChange initialList, Context context) {
        PersonRegistered registered = PersonRegistered.of(id, context.today(), details, unitCode);
        Person blank = new Person(id, unitCode, unitPath, 0, List.of(new HistoryEntry(UUID.randomUUID().toString(),
                registered, context.now(), context.actor())));
        List<PersonEvent> events = new ArrayList<>(List.of(registered));
        if (initialList != null) {
            events.add(blank.listEvent(initialList, blank.state(), context));
        }
        Person empty = new Person(id, unitCode, unitPath, 0, List.of());
        return empty.append(events, context, true);
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

    public LocalDate registeredOn() {
        return history.getFirst().event().businessDate();
    }

    /** The state now, every known fact included. */
    public RegistryState state() {
        return replay(effective(history, null), null, null).state();
    }

    /** The state on {@code date}: what the history (corrections applied) says was true at the end of that day. */
    public RegistryState stateAsOf(LocalDate date) {
        return replay(effective(history, date), null, null).state();
    }

    public Change changeList(ListChange change, Context context) {
        RegistryState state = state();
        return append(List.of(listEvent(change, state, context)), context, false);
    }

    public Change setFlag(Flag flag, boolean set, ChangeReason reason, LocalDate businessDate, String documentRef,
                          String note, Context context) {
        require(flag != null, "flag", "is required");
        require(reason != null, "reason", "is required");
        LocalDate date = businessDate(businessDate, context);
        RegistryState state = state();
        if (state.has(flag) == set) {
            throw new RuleViolation("flag/" + (set ? "already-set" : "not-set"),
                    flag + " is " + (set ? "already set" : "not set") + " for this person");
        }
        notBefore(date, state.lastFlagChange().get(flag), "the latest change of " + flag);
        PersonEvent event = set ? new PersonFlagSet(id, date, flag, reason, documentRef, note)
                : new PersonFlagCleared(id, date, flag, reason, documentRef, note);
        return append(List.of(event), context, false);
    }

    public Change changeAddictLocation(AddictLocation to, ChangeReason reason, LocalDate businessDate,
                                       String documentRef, String note, Context context) {
        require(to != null, "location", "is required");
        LocalDate date = businessDate(businessDate, context);
        RegistryState state = state();
        if (state.list() != MainList.ADDICT) {
            throw new RuleViolation("addict-location/addicts-only", "Only a person on the ADDICT list has an addict "
                    + "location; this person is on " + (state.list() == null ? "no list" : state.list()));
        }
        if (state.addictLocation() == to) {
            throw new RuleViolation("addict-location/unchanged", "The addict location is already " + to);
        }
        notBefore(date, state.lastLocationChange(), "the latest location change");
        notBefore(date, state.onListSince(), "the day the person entered the ADDICT list");
        return append(List.of(new AddictLocationChanged(id, date, state.addictLocation(), to, reason, documentRef,
                note)), context, false);
    }

    public Change recordDrugTest(LocalDate summonsDate, LocalDate testDate, DrugTest.Sample sample,
                                 List<DrugTest.Substance> substances, DrugTest.Result result, String documentRef,
                                 Context context) {
        require(summonsDate != null, "summonsDate", "is required");
        require(result != null, "result", "is required");
        List<DrugTest.Substance> found = substances == null ? List.of() : List.copyOf(substances);
        if (result == DrugTest.Result.NOT_TESTED) {
            require(testDate == null, "testDate", "must be empty when the person was not tested");
        } else {
            require(testDate != null, "testDate", "is required when a test was done");
            require(sample != null, "sample", "is required when a test was done");
            require(!testDate.isBefore(summonsDate), "testDate", "must not be before the summons date "
                    + summonsDate);
        }
        require(result == DrugTest.Result.POSITIVE || found.isEmpty(), "substances",
                "must be empty unless the result is POSITIVE");
        require(result != DrugTest.Result.POSITIVE || !found.isEmpty(), "substances",
                "must name at least one substance when the result is POSITIVE");
        businessDate(summonsDate, context, "summonsDate");
        LocalDate date = businessDate(testDate == null ? summonsDate : testDate, context, "testDate");
        return append(List.of(new DrugTestRecorded(id, date, UUID.randomUUID().toString(), summonsDate, testDate,
                sample, found, result, documentRef)), context, false);
    }

    public Change recordSanction(boolean issued, String decisionNumber, LocalDate decidedOn,
                                 SanctionDecision.NotIssuedReason notIssuedReason, String note, Context context) {
        LocalDate date = businessDate(decidedOn, context, "decidedOn");
        if (issued) {
            require(decisionNumber != null && !decisionNumber.isBlank(), "decisionNumber",
                    "is required for an issued decision");
            require(notIssuedReason == null, "notIssuedReason", "must be empty for an issued decision");
        } else {
            require(notIssuedReason != null, "notIssuedReason", "is required when no decision was issued");
        }
        return append(List.of(new SanctionRecorded(id, date, UUID.randomUUID().toString(), issued,
                issued ? decisionNumber.strip() : null, notIssuedReason, note)), context, false);
    }

    public Change openRehabDossier(LocalDate businessDate, String documentRef, String note, Context context) {
        LocalDate date = businessDate(businessDate, context);
        RegistryState state = state();
        if (state.list() != MainList.ADDICT) {
            throw new RuleViolation("rehab-dossier/addicts-only", "A compulsory-rehab dossier is opened for a person "
                    + "on the ADDICT list; this person is on " + (state.list() == null ? "no list" : state.list()));
        }
        state.dossiers().stream()
                .filter(d -> !d.stage().next().isEmpty()).findFirst()
                .ifPresent(open -> {
                    throw new RuleViolation("rehab-dossier/one-open", "Dossier " + open.dossierId()
                            + " is still open (" + open.stage() + ")").with("dossierId", open.dossierId());
                });
        return append(List.of(new RehabDossierChanged(id, date, UUID.randomUUID().toString(),
                RehabDossier.Stage.CREATED, documentRef, note)), context, false);
    }

    /**
     * Moves a dossier to its next stage. Admission places the addict in compulsory rehab; release moves them to
     * the post-rehab list, with its management period, in the same write.
     */
    public Change advanceRehabDossier(String dossierId, RehabDossier.Stage stage, LocalDate businessDate,
                                      String documentRef, String note, Context context) {
        require(stage != null, "stage", "is required");
        LocalDate date = businessDate(businessDate, context);
        RegistryState state = state();
        RehabDossier dossier = state.dossier(dossierId);
        if (dossier == null) {
            throw new NotFound("Rehab dossier", "Person " + id + " has no rehab dossier " + dossierId);
        }
        if (!dossier.stage().next().contains(stage)) {
            throw new RuleViolation("rehab-dossier/stage-order", "Dossier " + dossierId + " is " + dossier.stage()
                    + "; it can move only to " + dossier.stage().next()).with("stage", dossier.stage());
        }
        notBefore(date, dossier.steps().getLast().date(), "the dossier's previous stage");
        List<PersonEvent> events = new ArrayList<>();
        events.add(new RehabDossierChanged(id, date, dossierId, stage, documentRef, note));
        if (stage == RehabDossier.Stage.ADMITTED && state.addictLocation() != AddictLocation.COMPULSORY_REHAB) {
            events.add(new AddictLocationChanged(id, date, state.addictLocation(), AddictLocation.COMPULSORY_REHAB,
                    ChangeReason.SENT_TO_COMPULSORY_REHAB, documentRef, note));
        }
        if (stage == RehabDossier.Stage.RELEASED) {
            events.add(listEvent(new ListChange(MainList.POST_REHAB, ChangeReason.RELEASED_FROM_COMPULSORY_REHAB,
                    date, documentRef, note), state, context));
        }
        return append(events, context, false);
    }

    public Change markMovedAway(LocalDate businessDate, Residence reportedDestination, String note,
                                Context context) {
        LocalDate date = businessDate(businessDate, context);
        RegistryState state = state();
        if (state.presence() != Presence.PRESENT) {
            throw new RuleViolation("moved-away/already-away", "The person is already marked " + state.presence());
        }
        notBefore(date, state.presenceSince(), "the person's return");
        return append(List.of(new PersonMarkedMovedAway(id, date, reportedDestination, note)), context, false);
    }

    public Change verifyMove(LocalDate businessDate, String askedWho, Residence destination, String documentRef,
                             String note, Context context) {
        require(askedWho != null && !askedWho.isBlank(), "askedWho",
                "must say who was asked (family, village authority...)");
        LocalDate date = businessDate(businessDate, context);
        RegistryState state = state();
        if (state.presence() != Presence.LEFT_PENDING_VERIFICATION) {
            throw new RuleViolation("moved-away/not-pending", "Only a person marked as left, verification pending, "
                    + "can have the move verified; the person is " + state.presence());
        }
        notBefore(date, state.presenceSince(), "the day the person was marked as left");
        return append(List.of(new PersonMoveVerified(id, date, askedWho.strip(), destination, documentRef, note)),
                context, false);
    }

    public Change markReturned(LocalDate businessDate, String note, Context context) {
        LocalDate date = businessDate(businessDate, context);
        RegistryState state = state();
        if (state.presence() == Presence.PRESENT) {
            throw new RuleViolation("moved-away/present", "The person is not marked as away");
        }
        notBefore(date, state.presenceSince(), "the day the person was marked as away");
        return append(List.of(new PersonReturned(id, date, note)), context, false);
    }

    /** Changes identity or report attributes; nothing is appended when nothing differs. */
    public Change changeDetails(PersonDetails details, String note, Context context) {
        PersonDetails before = state().details();
        List<String> changed = new ArrayList<>();
        compare(changed, "fullName", before.fullName(), details.fullName());
        compare(changed, "aliases", before.aliases(), details.aliases());
        compare(changed, "sex", before.sex(), details.sex());
        compare(changed, "birthDate", before.birthDate(), details.birthDate());
        compare(changed, "birthYear", before.birthYear(), details.birthYear());
        compare(changed, "cccd", before.cccd(), details.cccd());
        compare(changed, "permanentResidence", before.permanentResidence(), details.permanentResidence());
        compare(changed, "currentResidence", before.currentResidence(), details.currentResidence());
        compare(changed, "priorConvictions", before.priorConvictions(), details.priorConvictions());
        compare(changed, "priorViolations", before.priorViolations(), details.priorViolations());
        compare(changed, "surveillance", before.surveillance(), details.surveillance());
        compare(changed, "managementDossier", before.managementDossier(), details.managementDossier());
        if (changed.isEmpty()) {
            return new Change(this, List.of());
        }
        return append(List.of(PersonDetailsChanged.of(id, context.today(), changed, details, note)), context, false);
    }

    /**
     * Corrects a recorded entry by appending a correction that voids it or amends its date, reason or document.
     * The whole history, corrected, must still obey the rules in force on each date.
     */
    public Change correct(String eventId, boolean voided, LocalDate correctedDate, ChangeReason correctedReason,
                          String correctedDocumentRef, String note, Context context) {
        HistoryEntry target = history.stream().filter(e -> e.eventId().equals(eventId)).findFirst()
                .orElseThrow(() -> new NotFound("History entry", "Person " + id + " has no history entry " + eventId));
        if (!(target.event() instanceof Correctable)) {
            throw new RuleViolation("correction/not-correctable", target.event().eventType()
                    + " entries cannot be corrected this way" + (target.event() instanceof EntryCorrected
                    ? "; correct the original entry again instead" : "; change the person's details instead"));
        }
        require(note != null && !note.isBlank(), "note", "must say why the entry is corrected");
        require(voided || correctedDate != null || correctedReason != null || correctedDocumentRef != null,
                "voided", "a correction either voids the entry or gives at least one corrected value");
        require(!voided || (correctedDate == null && correctedReason == null && correctedDocumentRef == null),
                "voided", "a voiding correction gives no corrected values");
        if (correctedDate != null) {
            businessDate(correctedDate, context, "correctedBusinessDate");
        }
        EntryCorrected correction = new EntryCorrected(id, context.today(), eventId, target.event().eventType(),
                voided, correctedDate, correctedReason, correctedDocumentRef, note.strip());
        List<HistoryEntry> corrected = new ArrayList<>(history);
        corrected.add(new HistoryEntry(UUID.randomUUID().toString(), correction, context.now(), context.actor()));
        LocalDate from = correctedDate == null || correctedDate.isAfter(target.event().businessDate())
                ? target.event().businessDate() : correctedDate;
        replay(effective(corrected, null), context.rules(), from);
        return new Change(new Person(id, unitCode, unitPath, version + 1, corrected), List.of(corrected.getLast()));
    }

    /**
     * Ends the management period when it is over on {@code date}: the person moves to the list the rules in force
     * on the period's last day name (an illegal user becomes a suspected user), or leaves the lists.
     */
    public Optional<Change> expirePeriod(LocalDate date, Context context) {
        RegistryState state = state();
        if (state.list() == null || state.periodEndsOn() == null || state.periodEndsOn().isAfter(date)) {
            return Optional.empty();
        }
        LocalDate end = state.periodEndsOn();
        RuleBook.ManagementPeriod period = context.rules().at(end).periods().get(state.list());
        MainList then = period == null ? null : period.then();
        ListChange change = new ListChange(then, ChangeReason.MANAGEMENT_PERIOD_EXPIRED, end, null,
                "Management period ended on " + end);
        return Optional.of(append(List.of(listEvent(change, state, context)), context, false));
    }

    private PersonEvent listEvent(ListChange change, RegistryState state, Context context) {
        require(change.reason() != null, "reason", "is required");
        LocalDate date = businessDate(change.businessDate(), context);
        if (state.list() == change.toList()) {
            throw new RuleViolation("list/unchanged", change.toList() == null ? "The person is on no list"
                    : "The person is already on " + change.toList());
        }
        notBefore(date, state.lastListChange(), "the latest list change");
        RuleBook.RuleSet set = context.rules().at(date);
        if (change.toList() == null) {
            return new PersonLeftList(id, date, state.list(), change.reason(), change.documentRef(), change.note(),
                    set.id());
        }
        RuleBook.ManagementPeriod period = set.periods().get(change.toList());
        LocalDate ends = period == null ? null : date.plus(period.duration());
        return new PersonMovedToList(id, date, state.list(), change.toList(), change.reason(), change.documentRef(),
                change.note(), period == null ? null : period.duration(), ends, set.id());
    }

    /** Checks the new events on top of the current state and appends them. */
    private Change append(List<PersonEvent> events, Context context, boolean fresh) {
        RegistryState.Replay replay = replay(effective(history, null), null, null);
        for (PersonEvent event : events) {
            replay.apply(event, event instanceof PersonRegistered ? null : context.rules());
        }
        List<HistoryEntry> all = new ArrayList<>(history);
        List<HistoryEntry> added = events.stream()
                .map(e -> new HistoryEntry(UUID.randomUUID().toString(), e, context.now(), context.actor()))
                .toList();
        all.addAll(added);
        return new Change(new Person(id, unitCode, unitPath, fresh ? 1 : version + 1, all), added);
    }

    /** The events as they should be read: corrections applied, ordered by business date, up to {@code asOf}. */
    static List<PersonEvent> effective(List<HistoryEntry> history, LocalDate asOf) {
        Map<String, EntryCorrected> corrections = new HashMap<>();
        for (HistoryEntry entry : history) {
            if (entry.event() instanceof EntryCorrected c) {
                corrections.put(c.correctsEventId(), c);
            }
        }
        List<PersonEvent> events = new ArrayList<>();
        for (HistoryEntry entry : history) {
            PersonEvent event = entry.event();
            if (event instanceof EntryCorrected) {
                continue;
            }
            EntryCorrected correction = corrections.get(entry.eventId());
            if (correction != null && event instanceof Correctable correctable) {
                if (correction.voided()) {
                    continue;
                }
                event = correctable.amended(correction.correctedBusinessDate(), correction.correctedReason(),
                        correction.correctedDocumentRef());
            }
            if (asOf == null || event instanceof PersonRegistered || !event.businessDate().isAfter(asOf)) {
                events.add(event);
            }
        }
        events.sort(Comparator.comparing((PersonEvent e) -> !(e instanceof PersonRegistered))
                .thenComparing(PersonEvent::businessDate));
        return events;
    }

    private static RegistryState.Replay replay(List<PersonEvent> events, RuleBook rules, LocalDate checkFrom) {
        RegistryState.Replay replay = new RegistryState.Replay();
        for (PersonEvent event : events) {
            boolean check = rules != null && !(event instanceof PersonRegistered)
                    && !event.businessDate().isBefore(checkFrom);
            replay.apply(event, check ? rules : null);
        }
        return replay;
    }

    private static LocalDate businessDate(LocalDate date, Context context) {
        return businessDate(date, context, "businessDate");
    }

    private static LocalDate businessDate(LocalDate date, Context context, String field) {
        require(date != null, field, "is required");
        require(!date.isAfter(context.today()), field, "must not be in the future (today is " + context.today() + ")");
        return date;
    }

    private static void notBefore(LocalDate date, LocalDate latest, String what) {
        if (latest != null && date.isBefore(latest)) {
            throw new RuleViolation("history/order", "The change is dated " + date + ", before " + what + " ("
                    + latest + "); to change earlier history, correct that entry instead")
                    .with("latest", latest.toString());
        }
    }

    private static void require(boolean ok, String field, String message) {
        if (!ok) {
            throw new InvalidPersonData(field, message);
        }
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}
