package vn.drugctl.registry.person.domain;

import vn.drugctl.common.domain.NotFound;
import vn.drugctl.common.domain.RuleViolation;
import vn.drugctl.common.events.Actor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A person in the registry of one unit (the managing unit): who they are and everything that happened to their
 * record, as an append-only history. Their state on any date is the replay of that history (corrections applied,
 * events in business-date order).
 *
 * <p>A command builds its events from the state as of its business date and the rules in force on that date, then
 * hands the history with the new events placed at their dates to {@link HistoryJudge}, the one rule engine, which
 * replays it and refuses ({@link RuleViolation}, naming the rule) anything that would make the state of any date
 * invalid; a correction is judged the same way. A refused command returns nothing and leaves this person as it was
 * (it is immutable); an accepted one returns the person after it and the entries to append. Bad values are
 * {@link InvalidPersonData} naming the field, an unknown entry or dossier {@link NotFound}.
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
        Person empty = new Person(id, unitCode, unitPath, 0, List.of());
        List<PersonEvent> events = new ArrayList<>(List.of(registered));
        if (initialList != null) {
            Person justRegistered = new Person(id, unitCode, unitPath, 0, List.of(entry(registered, context)));
            events.add(justRegistered.listEvent(initialList, context));
        }
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

    public List<HistoryEntry> history() {
        return history;
    }

    public LocalDate registeredOn() {
        return history.getFirst().event().businessDate();
    }

    /** The state now, every known fact included. */
    public RegistryState state() {
        return HistoryJudge.stateAsOf(history, null);
    }

    /** The state on {@code date}: what the history (corrections applied) says was true at the end of that day. */
    public RegistryState stateAsOf(LocalDate date) {
        return HistoryJudge.stateAsOf(history, date);
    }

    public Change changeList(ListChange change, Context context) {
        return append(List.of(listEvent(change, context)), context);
    }

    public Change setFlag(Flag flag, boolean set, ChangeReason reason, LocalDate businessDate, String documentRef,
                          String note, Context context) {
        require(flag != null, "flag", "is required");
        require(reason != null, "reason", "is required");
        LocalDate date = businessDate(businessDate, context);
        PersonEvent event = set ? new PersonFlagSet(id, date, flag, reason, documentRef, note)
                : new PersonFlagCleared(id, date, flag, reason, documentRef, note);
        return append(List.of(event), context);
    }

    public Change changeAddictLocation(AddictLocation to, ChangeReason reason, LocalDate businessDate,
                                       String documentRef, String note, Context context) {
        require(to != null, "location", "is required");
        LocalDate date = businessDate(businessDate, context);
        return append(List.of(new AddictLocationChanged(id, date, stateAsOf(date).addictLocation(), to, reason,
                documentRef, note)), context);
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
                sample, found, result, documentRef)), context);
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
                issued ? decisionNumber.strip() : null, notIssuedReason, note)), context);
    }

    /**
     * Records an arrest reported by hotspot-service's event {@code sourceEventId}. Each source event is recorded
     * once: when the history already holds it, nothing is appended (an empty change), however often it is delivered.
     * An arrest is a fact, not a list change: no rule refuses it (only a bad value does).
     *
     * @throws InvalidPersonData naming the field when a value is missing or the date lies in the future
     */
    public Change recordArrest(String sourceEventId, String incidentId, String suspectId, LocalDate businessDate,
                               String arrestingUnitCode, List<String> acts, Arrest.Outcome outcome, String caseNumber,
                               Context context) {
        require(sourceEventId != null && !sourceEventId.isBlank(), "sourceEventId", "is required");
        if (hasArrestFrom(sourceEventId)) {
            return new Change(this, List.of());
        }
        require(incidentId != null && !incidentId.isBlank(), "incidentId", "is required");
        require(arrestingUnitCode != null && !arrestingUnitCode.isBlank(), "arrestingUnitCode", "is required");
        require(outcome != null, "outcome", "is required");
        require(acts != null && acts.stream().allMatch(a -> a != null && !a.isBlank()), "acts",
                "must be a list of act names");
        LocalDate date = businessDate(businessDate, context);
        return append(List.of(new PersonArrested(id, date, incidentId, suspectId, arrestingUnitCode, acts, outcome,
                caseNumber == null || caseNumber.isBlank() ? null : caseNumber.strip(), sourceEventId)), context);
    }

    /** Whether the arrest reported by event {@code sourceEventId} is already in the history. */
    public boolean hasArrestFrom(String sourceEventId) {
        return history.stream().anyMatch(e -> e.event() instanceof PersonArrested a
                && a.sourceEventId().equals(sourceEventId));
    }

    /** Whether an arrest of incident {@code incidentId} as its suspect {@code suspectId} was reported before. */
    public boolean hasArrestIn(String incidentId, String suspectId) {
        return history.stream().anyMatch(e -> e.event() instanceof PersonArrested a
                && a.incidentId().equals(incidentId) && Objects.equals(a.suspectId(), suspectId));
    }

    public Change openRehabDossier(LocalDate businessDate, String documentRef, String note, Context context) {
        LocalDate date = businessDate(businessDate, context);
        return append(List.of(new RehabDossierChanged(id, date, UUID.randomUUID().toString(),
                RehabDossier.Stage.CREATED, documentRef, note)), context);
    }

    /**
     * Moves a dossier to its next stage. Admission places the addict in compulsory rehab; release moves them to
     * the post-rehab list, with its management period, in the same write; both as of the stage's business date.
     */
    public Change advanceRehabDossier(String dossierId, RehabDossier.Stage stage, LocalDate businessDate,
                                      String documentRef, String note, Context context) {
        require(stage != null, "stage", "is required");
        LocalDate date = businessDate(businessDate, context);
        if (state().dossier(dossierId) == null) {
            throw new NotFound("Rehab dossier", "Person " + id + " has no rehab dossier " + dossierId);
        }
        RegistryState asOf = stateAsOf(date);
        List<PersonEvent> events = new ArrayList<>();
        events.add(new RehabDossierChanged(id, date, dossierId, stage, documentRef, note));
        if (stage == RehabDossier.Stage.ADMITTED && asOf.addictLocation() != AddictLocation.COMPULSORY_REHAB) {
            events.add(new AddictLocationChanged(id, date, asOf.addictLocation(), AddictLocation.COMPULSORY_REHAB,
                    ChangeReason.SENT_TO_COMPULSORY_REHAB, documentRef, note));
        }
        if (stage == RehabDossier.Stage.RELEASED) {
            events.add(listEvent(new ListChange(MainList.POST_REHAB, ChangeReason.RELEASED_FROM_COMPULSORY_REHAB,
                    date, documentRef, note), context));
        }
        return append(events, context);
    }

    public Change markMovedAway(LocalDate businessDate, Residence reportedDestination, String note,
                                Context context) {
        LocalDate date = businessDate(businessDate, context);
        return append(List.of(new PersonMarkedMovedAway(id, date, reportedDestination, note)), context);
    }

    public Change verifyMove(LocalDate businessDate, String askedWho, Residence destination, String documentRef,
                             String note, Context context) {
        require(askedWho != null && !askedWho.isBlank(), "askedWho",
                "must say who was asked (family, village authority...)");
        LocalDate date = businessDate(businessDate, context);
        return append(List.of(new PersonMoveVerified(id, date, askedWho.strip(), destination, documentRef, note)),
                context);
    }

    public Change markReturned(LocalDate businessDate, String note, Context context) {
        LocalDate date = businessDate(businessDate, context);
        return append(List.of(new PersonReturned(id, date, note)), context);
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
        return append(List.of(PersonDetailsChanged.of(id, context.today(), changed, details, note)), context);
    }

    /**
     * Corrects a recorded entry by appending a correction that voids it or amends its date, reason or document.
     * The whole history, corrected, must still obey the rules in force on each date ({@link HistoryJudge}).
     * <p>An admission or a release of a rehab dossier and the move it caused in the same write (to compulsory rehab;
     * to the POST_REHAB list) are one fact: when a correction voids, restores or re-dates the stage, a second
     * correction in the same write does the same to that move. The move alone can still be corrected, and is judged
     * as it is (voiding or re-dating it alone breaks the same-day rules).
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
        List<HistoryEntry> corrected = new ArrayList<>(history);
        corrected.add(entry(new EntryCorrected(id, context.today(), eventId, target.event().eventType(), voided,
                correctedDate, correctedReason, correctedDocumentRef, note.strip()), context));
        HistoryEntry caused = causedMove(target);
        if (caused != null) {
            LocalDate stageDate = effectiveDate(corrected, eventId);
            LocalDate moveDate = effectiveDate(corrected, caused.eventId());
            if (!Objects.equals(stageDate, moveDate)) {
                // the move follows the stage (voided with it, or on its date) and keeps its own reason and document
                EntryCorrected earlier = latestCorrection(caused.eventId());
                boolean keep = stageDate != null && earlier != null && !earlier.voided();
                LocalDate date = stageDate == null || stageDate.equals(caused.event().businessDate()) ? null
                        : stageDate;
                corrected.add(entry(new EntryCorrected(id, context.today(), caused.eventId(),
                        caused.event().eventType(), stageDate == null, date, keep ? earlier.correctedReason() : null,
                        keep ? earlier.correctedDocumentRef() : null, note.strip()), context));
            }
        }
        // checked from the earliest date a corrected entry had before or has after this correction
        LocalDate checkFrom = null;
        for (HistoryEntry changed : caused == null ? List.of(target) : List.of(target, caused)) {
            if (HistoryJudge.judged(changed.event())) {
                checkFrom = earliest(checkFrom, earliest(effectiveDate(history, changed.eventId()),
                        effectiveDate(corrected, changed.eventId())));
            }
        }
        HistoryJudge.judge(corrected, corrected.size(), context.rules(), checkFrom);
        return new Change(new Person(id, unitCode, unitPath, version + 1, corrected),
                List.copyOf(corrected.subList(history.size(), corrected.size())));
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
        return Optional.of(append(List.of(listEvent(change, context)), context));
    }

    /**
     * The event of a list change, built from the state as of the change's business date (the list it leaves) and the
     * rule set in force on that date (its id, the new list's management period). Whether the change is allowed is
     * the judge's to say.
     */
    private PersonEvent listEvent(ListChange change, Context context) {
        require(change.reason() != null, "reason", "is required");
        LocalDate date = businessDate(change.businessDate(), context);
        RegistryState state = stateAsOf(date);
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

    /** Places the new events at their business dates, has the judge check the history so formed, appends them. */
    private Change append(List<PersonEvent> events, Context context) {
        List<HistoryEntry> added = events.stream().map(e -> entry(e, context)).toList();
        List<HistoryEntry> all = new ArrayList<>(history);
        all.addAll(added);
        HistoryJudge.judge(all, history.size(), context.rules(), HistoryJudge.firstJudgedDate(events));
        return new Change(new Person(id, unitCode, unitPath, version + 1, all), added);
    }

    private static HistoryEntry entry(PersonEvent event, Context context) {
        return new HistoryEntry(UUID.randomUUID().toString(), event, context.now(), context.actor());
    }

    /**
     * The move a dossier stage entry caused in the same write (admission: to compulsory rehab; release: to
     * POST_REHAB), or {@code null}. The move follows its stage whatever its own corrections: voided with it, it comes
     * back with it (voiding the move alone is refused by the same-day rules).
     */
    private HistoryEntry causedMove(HistoryEntry stageEntry) {
        int at = history.indexOf(stageEntry);
        if (!(stageEntry.event() instanceof RehabDossierChanged stage) || at + 1 >= history.size()) {
            return null;
        }
        HistoryEntry next = history.get(at + 1);
        boolean caused = next.recordedAt().equals(stageEntry.recordedAt())
                && next.event().businessDate().equals(stage.businessDate())
                && switch (next.event()) {
                    case AddictLocationChanged e -> stage.stage() == RehabDossier.Stage.ADMITTED
                            && e.to() == AddictLocation.COMPULSORY_REHAB
                            && e.reason() == ChangeReason.SENT_TO_COMPULSORY_REHAB;
                    case PersonMovedToList e -> stage.stage() == RehabDossier.Stage.RELEASED
                            && e.toList() == MainList.POST_REHAB
                            && e.reason() == ChangeReason.RELEASED_FROM_COMPULSORY_REHAB;
                    default -> false;
                };
        return caused ? next : null;
    }

    /** The correction in force for entry {@code eventId} (the latest one), or {@code null}. */
    private EntryCorrected latestCorrection(String eventId) {
        EntryCorrected latest = null;
        for (HistoryEntry entry : history) {
            if (entry.event() instanceof EntryCorrected c && c.correctsEventId().equals(eventId)) {
                latest = c;
            }
        }
        return latest;
    }

    /** The business date entry {@code eventId} has in {@code history}, corrections applied; {@code null} if voided. */
    private static LocalDate effectiveDate(List<HistoryEntry> history, String eventId) {
        return HistoryJudge.effective(history, history.size(), null).stream()
                .filter(p -> p.eventId().equals(eventId)).findFirst()
                .map(p -> p.event().businessDate()).orElse(null);
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static LocalDate businessDate(LocalDate date, Context context) {
        return businessDate(date, context, "businessDate");
    }

    private static LocalDate businessDate(LocalDate date, Context context, String field) {
        require(date != null, field, "is required");
        require(!date.isAfter(context.today()), field, "must not be in the future (today is " + context.today() + ")");
        return date;
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
