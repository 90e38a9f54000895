package vn.drugctl.registry.person.domain;

import vn.drugctl.common.domain.RuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person's state on a date, computed by replaying the history (corrections applied) up to that date.
 *
 * @param list            the main list, or {@code null} when on none
 * @param periodEndsOn    the end of the running management period, or {@code null}
 * @param addictLocation  where an addict is; {@code null} when not an addict
 * @param lastListChange  business date of the latest list change (new list changes may not be dated earlier)
 */
public record RegistryState(PersonDetails details, MainList list, LocalDate onListSince, ChangeReason listReason,
                            String listDocumentRef, LocalDate periodEndsOn, AddictLocation addictLocation,
                            Set<Flag> flags, Presence presence, LocalDate presenceSince, Residence movedTo,
                            List<DrugTest> tests, List<SanctionDecision> sanctions, List<RehabDossier> dossiers,
                            List<Arrest> arrests, LocalDate lastListChange, Map<Flag, LocalDate> lastFlagChange,
                            LocalDate lastLocationChange) {

    public RegistryState {
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        tests = List.copyOf(tests);
        sanctions = List.copyOf(sanctions);
        dossiers = List.copyOf(dossiers);
        arrests = List.copyOf(arrests);
        lastFlagChange = Map.copyOf(lastFlagChange);
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }

    public RehabDossier dossier(String dossierId) {
        return dossiers.stream().filter(d -> d.dossierId().equals(dossierId)).findFirst().orElse(null);
    }

    /**
     * The registry's rules on a single date, and the fold that builds the state. Events are applied in the order of
     * the effective history (business date; same date: recording order). Without a rule book an event is only
     * folded in; with one, it is first judged against the state just before it (the state on its business date) and
     * the rule set in force on that date, so every rule below holds on every date of a history the judge accepted:
     * <ul>
     * <li>lists: {@code list/unchanged}; the rule set's {@code <set>/transition} and {@code <set>/reason};
     * {@code <set>/period-running} (a period expires only once it is over); {@code moved-away/verification-required}
     * (leaving as moved away needs a verified move);</li>
     * <li>flags: {@code flag/already-set}, {@code flag/not-set}, {@code <set>/flag-reason};</li>
     * <li>addict location: {@code addict-location/addicts-only}, {@code addict-location/unchanged};</li>
     * <li>compulsory-rehab dossiers: {@code rehab-dossier/addicts-only} (every stage but a withdrawal needs the person
     * on the ADDICT list), {@code rehab-dossier/one-open}, {@code rehab-dossier/stage-order},
     * {@code rehab-dossier/admission-location} (admission puts the addict in compulsory rehab the same day),
     * {@code rehab-dossier/release-list} (release moves the person to POST_REHAB the same day);</li>
     * <li>presence: {@code moved-away/already-away}, {@code moved-away/not-pending}, {@code moved-away/present};</li>
     * <li>{@code no-rules-in-force} for a list or flag change dated before the first rule set.</li>
     * </ul>
     * The two same-day rules of a dossier are settled when the day is over: {@link #closeDay} before the first event
     * of a later date and at the end of the history. Drug tests, sanctions, arrests and details are not judged here
     * (no rule reads them). Ordering within a stream is {@link HistoryJudge}'s business.
     */
    static final class Replay {
        PersonDetails details;
        MainList list;
        LocalDate onListSince;
        ChangeReason listReason;
        String listDocumentRef;
        LocalDate periodEndsOn;
        AddictLocation addictLocation;
        final EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
        Presence presence = Presence.PRESENT;
        LocalDate presenceSince;
        Residence movedTo;
        final List<DrugTest> tests = new ArrayList<>();
        final List<SanctionDecision> sanctions = new ArrayList<>();
        final Map<String, RehabDossier> dossiers = new LinkedHashMap<>();
        /** By incident and suspect: hotspot-service reports one arrest again when it changes (the outcome, a
         *  correction), and the latest report replaces the earlier one (its events page: the highest sequence wins). */
        final Map<String, Arrest> arrests = new LinkedHashMap<>();
        LocalDate lastListChange;
        final Map<Flag, LocalDate> lastFlagChange = new LinkedHashMap<>();
        LocalDate lastLocationChange;
        /** A judged admission whose move to compulsory rehab has not been seen yet on its day. */
        RehabDossierChanged pendingAdmission;
        /** A judged release whose move to the POST_REHAB list has not been seen yet on its day. */
        RehabDossierChanged pendingRelease;

        /** Judges {@code event} by {@code rules} (when given) on its business date, then folds it into the state. */
        void apply(PersonEvent event, RuleBook rules) {
            if (rules != null) {
                check(event, rules);
            }
            fold(event);
            if (rules != null) {
                expectSameDayFollowUp(event);
            }
        }

        /** The event whose same-day follow-up is still missing, if any. */
        RehabDossierChanged pending() {
            return pendingAdmission != null ? pendingAdmission : pendingRelease;
        }

        /**
         * Ends the days before {@code next} ({@code null}: the end of the history).
         *
         * @throws RuleViolation {@code rehab-dossier/admission-location} or {@code rehab-dossier/release-list} when an
         *                       admission or release of such a day lacks its follow-up
         */
        void closeDay(LocalDate next) {
            if (pendingAdmission != null && (next == null || next.isAfter(pendingAdmission.businessDate()))) {
                throw new RuleViolation("rehab-dossier/admission-location", "Dossier " + pendingAdmission.dossierId()
                        + " is ADMITTED on " + pendingAdmission.businessDate() + " but the addict location is "
                        + addictLocation + " that day; admission puts the addict in " + AddictLocation.COMPULSORY_REHAB)
                        .with("dossierId", pendingAdmission.dossierId());
            }
            if (pendingRelease != null && (next == null || next.isAfter(pendingRelease.businessDate()))) {
                throw new RuleViolation("rehab-dossier/release-list", "Dossier " + pendingRelease.dossierId()
                        + " is RELEASED on " + pendingRelease.businessDate() + " but the person does not move to "
                        + MainList.POST_REHAB + " that day (on " + describe(list) + ")")
                        .with("dossierId", pendingRelease.dossierId());
            }
        }

        private void check(PersonEvent event, RuleBook rules) {
            LocalDate date = event.businessDate();
            switch (event) {
                case PersonMovedToList e -> {
                    if (list == e.toList()) {
                        throw new RuleViolation("list/unchanged", "On " + date + " the person is already on "
                                + e.toList());
                    }
                    RuleBook.RuleSet set = rules.at(date);
                    set.checkMove(list, e.toList(), e.reason());
                    checkReasonPreconditions(set, e.reason(), date);
                }
                case PersonLeftList e -> {
                    if (list == null) {
                        throw new RuleViolation("list/unchanged", "On " + date + " the person is on no list");
                    }
                    RuleBook.RuleSet set = rules.at(date);
                    set.checkMove(list, null, e.reason());
                    checkReasonPreconditions(set, e.reason(), date);
                }
                case PersonFlagSet e -> {
                    if (flags.contains(e.flag())) {
                        throw new RuleViolation("flag/already-set", e.flag() + " is already set for this person on "
                                + date).with("flag", e.flag());
                    }
                    rules.at(date).checkFlag(e.flag(), true, e.reason());
                }
                case PersonFlagCleared e -> {
                    if (!flags.contains(e.flag())) {
                        throw new RuleViolation("flag/not-set", e.flag() + " is not set for this person on " + date)
                                .with("flag", e.flag());
                    }
                    rules.at(date).checkFlag(e.flag(), false, e.reason());
                }
                case AddictLocationChanged e -> {
                    if (list != MainList.ADDICT) {
                        throw new RuleViolation("addict-location/addicts-only", "Only a person on the ADDICT list has "
                                + "an addict location; on " + date + " this person is on " + describe(list));
                    }
                    if (addictLocation == e.to()) {
                        throw new RuleViolation("addict-location/unchanged", "On " + date
                                + " the addict location is already " + e.to());
                    }
                }
                case RehabDossierChanged e -> checkDossier(e);
                case PersonMarkedMovedAway ignored -> {
                    if (presence != Presence.PRESENT) {
                        throw new RuleViolation("moved-away/already-away", "On " + date
                                + " the person is already marked " + presence).with("presence", presence);
                    }
                }
                case PersonMoveVerified ignored -> {
                    if (presence != Presence.LEFT_PENDING_VERIFICATION) {
                        throw new RuleViolation("moved-away/not-pending", "Only a person marked as left, verification "
                                + "pending, can have the move verified; on " + date + " the person is " + presence)
                                .with("presence", presence);
                    }
                }
                case PersonReturned ignored -> {
                    if (presence == Presence.PRESENT) {
                        throw new RuleViolation("moved-away/present", "On " + date
                                + " the person is not marked as away").with("presence", presence);
                    }
                }
                case PersonRegistered ignored -> {
                }
                case PersonDetailsChanged ignored -> {
                }
                case DrugTestRecorded ignored -> {
                }
                case SanctionRecorded ignored -> {
                }
                case PersonArrested ignored -> {
                }
                case EntryCorrected ignored -> {
                }
            }
        }

        private void checkDossier(RehabDossierChanged e) {
            LocalDate date = e.businessDate();
            RehabDossier before = dossiers.get(e.dossierId());
            if (e.stage() == RehabDossier.Stage.CREATED) {
                if (before != null) {
                    throw new RuleViolation("rehab-dossier/stage-order", "Dossier " + e.dossierId()
                            + " already exists (" + before.stage() + ")").with("stage", before.stage());
                }
                requireAddict(e);
                dossiers.values().stream()
                        .filter(d -> !d.stage().next().isEmpty()).findFirst()
                        .ifPresent(open -> {
                            throw new RuleViolation("rehab-dossier/one-open", "On " + date + " dossier "
                                    + open.dossierId() + " is still open (" + open.stage() + ")")
                                    .with("dossierId", open.dossierId());
                        });
                return;
            }
            if (before == null) {
                throw new RuleViolation("rehab-dossier/stage-order", "On " + date + " dossier " + e.dossierId()
                        + " has not been created; it can reach " + e.stage() + " only after "
                        + RehabDossier.Stage.CREATED);
            }
            if (!before.stage().next().contains(e.stage())) {
                throw new RuleViolation("rehab-dossier/stage-order", "On " + date + " dossier " + e.dossierId()
                        + " is " + before.stage() + "; it can move only to " + before.stage().next())
                        .with("stage", before.stage());
            }
            if (e.stage() != RehabDossier.Stage.WITHDRAWN) {
                requireAddict(e);
            }
        }

        private void requireAddict(RehabDossierChanged e) {
            if (list != MainList.ADDICT) {
                throw new RuleViolation("rehab-dossier/addicts-only", "A compulsory-rehab dossier is for a person on "
                        + "the ADDICT list; on " + e.businessDate() + " this person is on " + describe(list)
                        + " (the dossier would reach " + e.stage() + ")");
            }
        }

        private void checkReasonPreconditions(RuleBook.RuleSet set, ChangeReason reason, LocalDate date) {
            if (reason == ChangeReason.MANAGEMENT_PERIOD_EXPIRED && (periodEndsOn == null || periodEndsOn.isAfter(date))) {
                throw new RuleViolation(set.id() + "/period-running",
                        periodEndsOn == null ? "No management period is running for this person on " + date
                                + ", so none can expire"
                                : "The management period runs until " + periodEndsOn + "; it has not expired on " + date)
                        .with("periodEndsOn", periodEndsOn == null ? null : periodEndsOn.toString());
            }
            if (reason == ChangeReason.MOVED_AWAY && presence != Presence.VERIFIED_MOVED) {
                throw new RuleViolation("moved-away/verification-required",
                        "A person leaves the list as moved away only after the move is verified (on " + date
                                + " presence is " + presence + "); record the verification first, or date the "
                                + "change on or after it").with("presence", presence);
            }
        }

        private void expectSameDayFollowUp(PersonEvent event) {
            switch (event) {
                case RehabDossierChanged e when e.stage() == RehabDossier.Stage.ADMITTED
                        && addictLocation != AddictLocation.COMPULSORY_REHAB -> pendingAdmission = e;
                case RehabDossierChanged e when e.stage() == RehabDossier.Stage.RELEASED -> pendingRelease = e;
                case AddictLocationChanged e when pendingAdmission != null
                        && e.to() == AddictLocation.COMPULSORY_REHAB
                        && e.businessDate().equals(pendingAdmission.businessDate()) -> pendingAdmission = null;
                case PersonMovedToList e when pendingRelease != null && e.toList() == MainList.POST_REHAB
                        && e.businessDate().equals(pendingRelease.businessDate()) -> pendingRelease = null;
                default -> {
                }
            }
        }

        private void fold(PersonEvent event) {
            switch (event) {
                case PersonRegistered e -> details = e.details();
                case PersonDetailsChanged e -> details = e.details();
                case PersonMovedToList e -> {
                    if (e.toList() != MainList.ADDICT) {
                        addictLocation = null;
                    } else if (list != MainList.ADDICT) {
                        addictLocation = AddictLocation.COMMUNITY;
                    }
                    list = e.toList();
                    onListSince = e.businessDate();
                    listReason = e.reason();
                    listDocumentRef = e.documentRef();
                    periodEndsOn = e.periodEndsOn();
                    lastListChange = e.businessDate();
                }
                case PersonLeftList e -> {
                    list = null;
                    onListSince = e.businessDate();
                    listReason = e.reason();
                    listDocumentRef = e.documentRef();
                    periodEndsOn = null;
                    addictLocation = null;
                    lastListChange = e.businessDate();
                }
                case PersonFlagSet e -> {
                    flags.add(e.flag());
                    lastFlagChange.put(e.flag(), e.businessDate());
                }
                case PersonFlagCleared e -> {
                    flags.remove(e.flag());
                    lastFlagChange.put(e.flag(), e.businessDate());
                }
                case AddictLocationChanged e -> {
                    addictLocation = e.to();
                    lastLocationChange = e.businessDate();
                }
                case DrugTestRecorded e -> tests.add(e.test());
                case SanctionRecorded e -> sanctions.add(e.decision());
                case PersonArrested e -> arrests.put(e.incidentId() + "\u0000" + e.suspectId(), e.arrest());
                case RehabDossierChanged e -> {
                    RehabDossier before = dossiers.get(e.dossierId());
                    List<RehabDossier.Step> steps = new ArrayList<>(before == null ? List.of() : before.steps());
                    steps.add(new RehabDossier.Step(e.stage(), e.businessDate(), e.documentRef()));
                    dossiers.put(e.dossierId(), new RehabDossier(e.dossierId(), e.stage(), steps));
                }
                case PersonMarkedMovedAway e -> {
                    presence = Presence.LEFT_PENDING_VERIFICATION;
                    presenceSince = e.businessDate();
                    movedTo = e.reportedDestination();
                }
                case PersonMoveVerified e -> {
                    presence = Presence.VERIFIED_MOVED;
                    presenceSince = e.businessDate();
                    if (e.destination() != null && (e.destination().village() != null
                            || e.destination().unitCode() != null)) {
                        movedTo = e.destination();
                    }
                }
                case PersonReturned e -> {
                    presence = Presence.PRESENT;
                    presenceSince = e.businessDate();
                    movedTo = null;
                }
                case EntryCorrected ignored -> {
                    // applied before the replay, to the entry it corrects
                }
            }
        }

        private static String describe(MainList list) {
            return list == null ? "no list" : list.name();
        }

        RegistryState state() {
            return new RegistryState(details, list, onListSince, listReason, listDocumentRef, periodEndsOn,
                    addictLocation, flags, presence, presenceSince, movedTo, tests, sanctions,
                    List.copyOf(dossiers.values()), List.copyOf(arrests.values()), lastListChange, lastFlagChange, lastLocationChange);
        }
    }
}
