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
                            LocalDate lastListChange, Map<Flag, LocalDate> lastFlagChange,
                            LocalDate lastLocationChange) {

    public RegistryState {
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        tests = List.copyOf(tests);
        sanctions = List.copyOf(sanctions);
        dossiers = List.copyOf(dossiers);
        lastFlagChange = Map.copyOf(lastFlagChange);
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }

    public RehabDossier dossier(String dossierId) {
        return dossiers.stream().filter(d -> d.dossierId().equals(dossierId)).findFirst().orElse(null);
    }

    /** Replays events in order; with a rule book, checks every list and flag change against the rules in force. */
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
        LocalDate lastListChange;
        final Map<Flag, LocalDate> lastFlagChange = new LinkedHashMap<>();
        LocalDate lastLocationChange;

        void apply(PersonEvent event, RuleBook rules) {
            switch (event) {
                case PersonRegistered e -> details = e.details();
                case PersonDetailsChanged e -> details = e.details();
                case PersonMovedToList e -> {
                    if (rules != null) {
                        RuleBook.RuleSet set = rules.at(e.businessDate());
                        set.checkMove(list, e.toList(), e.reason());
                        checkReasonPreconditions(set, e.reason(), e.businessDate());
                    }
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
                    if (rules != null) {
                        RuleBook.RuleSet set = rules.at(e.businessDate());
                        set.checkMove(list, null, e.reason());
                        checkReasonPreconditions(set, e.reason(), e.businessDate());
                    }
                    list = null;
                    onListSince = e.businessDate();
                    listReason = e.reason();
                    listDocumentRef = e.documentRef();
                    periodEndsOn = null;
                    addictLocation = null;
                    lastListChange = e.businessDate();
                }
                case PersonFlagSet e -> {
                    if (rules != null) {
                        rules.at(e.businessDate()).checkFlag(e.flag(), true, e.reason());
                    }
                    flags.add(e.flag());
                    lastFlagChange.put(e.flag(), e.businessDate());
                }
                case PersonFlagCleared e -> {
                    if (rules != null) {
                        rules.at(e.businessDate()).checkFlag(e.flag(), false, e.reason());
                    }
                    flags.remove(e.flag());
                    lastFlagChange.put(e.flag(), e.businessDate());
                }
                case AddictLocationChanged e -> {
                    if (rules != null && list != MainList.ADDICT) {
                        throw new RuleViolation("addict-location/addicts-only",
                                "Only a person on the ADDICT list has an addict location; this person is on "
                                        + (list == null ? "no list" : list) + " on " + e.businessDate());
                    }
                    addictLocation = e.to();
                    lastLocationChange = e.businessDate();
                }
                case DrugTestRecorded e -> tests.add(e.test());
                case SanctionRecorded e -> sanctions.add(e.decision());
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

        private void checkReasonPreconditions(RuleBook.RuleSet set, ChangeReason reason, LocalDate date) {
            if (reason == ChangeReason.MANAGEMENT_PERIOD_EXPIRED && (periodEndsOn == null || periodEndsOn.isAfter(date))) {
                throw new RuleViolation(set.id() + "/period-running",
                        periodEndsOn == null ? "No management period is running for this person, so none can expire"
                                : "The management period runs until " + periodEndsOn + "; it has not expired on " + date)
                        .with("periodEndsOn", periodEndsOn == null ? null : periodEndsOn.toString());
            }
            if (reason == ChangeReason.MOVED_AWAY && presence != Presence.VERIFIED_MOVED) {
                throw new RuleViolation("moved-away/verification-required",
                        "A person leaves the list as moved away only after the move is verified (presence is "
                                + presence + "); record the verification first").with("presence", presence);
            }
        }

        RegistryState state() {
            return new RegistryState(details, list, onListSince, listReason, listDocumentRef, periodEndsOn,
                    addictLocation, flags, presence, presenceSince, movedTo, tests, sanctions,
                    List.copyOf(dossiers.values()), lastListChange, lastFlagChange, lastLocationChange);
        }
    }
}
