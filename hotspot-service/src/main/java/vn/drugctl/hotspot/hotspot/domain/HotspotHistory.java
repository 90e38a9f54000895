package vn.drugctl.hotspot.hotspot.domain;

import vn.drugctl.common.domain.RuleViolation;
import vn.drugctl.common.history.EffectiveHistory;
import vn.drugctl.common.history.EffectiveHistory.Placed;

import java.time.LocalDate;
import java.util.List;

/**
 * The hotspot's one rule engine: every change (an addition, a step, a correction) is judged by replaying the whole
 * effective history with the change in it, each event at its business date, under the rule set in force on that
 * date.
 *
 * <p><b>Effective history.</b> The recorded entries with their corrections applied (the latest correction of an entry
 * is in force: a voided entry is left out, an amended one takes its corrected date, reason or document), ordered by
 * business date; the addition always first; entries of one date keep their recording order, so new events land after
 * the existing events of their date.
 *
 * <p><b>Guarantee.</b> {@link #judge} returns normally only if every lifecycle event, replayed in that order, is
 * allowed by the state just before it and by the rule set of its date ({@link HotspotRuleBook.RuleSet#check}), and no
 * step is dated before the addition ({@code history/before-added}). Otherwise it throws the first
 * {@link RuleViolation}, with {@code businessDate} set to the date of the event that broke a rule; when that event is
 * a recorded entry that the change made invalid (a back-dated step that contradicts a later one), the violation
 * names the entry ({@code eventId}, {@code eventType}) and says so in its message. A pure function: nothing is stored
 * before it has accepted the change, so a refusal changes nothing. Events store no derived "from" values (the
 * status or kind they left), so a back-dated step that is accepted leaves no stored fact false.
 */
public final class HotspotHistory {
    private HotspotHistory() {
    }

    /** How a hotspot's history reads as it stands (the class comment's effective history). */
    private static final EffectiveHistory<HistoryEntry, HotspotEvent> HISTORY = EffectiveHistory
            .<HistoryEntry, HotspotEvent>of(HistoryEntry::eventId, HistoryEntry::event, HotspotEvent::businessDate,
                    HotspotEvent::eventType)
            .corrections(e -> e instanceof HotspotEntryCorrected c ? c : null, (e, c) -> {
                HotspotEntryCorrected correction = (HotspotEntryCorrected) c;
                return e instanceof LifecycleEvent step ? step.amended(correction.correctedBusinessDate(),
                        correction.correctedReason(), correction.correctedDocumentRef()) : e;
            })
            .opening(e -> e instanceof HotspotAdded)
            .build();

    /** The state at the end of {@code asOf} ({@code null}: everything known), or {@code null} before the addition. */
    static HotspotState stateAsOf(List<HistoryEntry> history, LocalDate asOf) {
        List<Placed<HotspotEvent>> placed = HISTORY.asOf(history, asOf);
        if (placed.isEmpty() || !(placed.getFirst().event() instanceof HotspotAdded)) {
            return null;
        }
        Replay replay = new Replay();
        placed.forEach(p -> replay.apply(p.event(), null));
        return replay.state();
    }

    /**
     * Judges {@code history}, whose entries from {@code firstFresh} on are the change.
     *
     * @throws RuleViolation as the class comment says
     */
    static void judge(List<HistoryEntry> history, int firstFresh, HotspotRuleBook rules) {
        Replay replay = new Replay();
        for (Placed<HotspotEvent> p : HISTORY.of(history, firstFresh)) {
            try {
                replay.apply(p.event(), rules);
            } catch (RuleViolation v) {
                throw HISTORY.located(v, p);
            }
        }
    }

    /** The state as events fold into it; checks each lifecycle event when given the rules. */
    static final class Replay {
        private HotspotKind kind;
        private HotspotStatus status;
        private LocalDate addedOn;
        private HotspotKind addedAs;
        private LocalDate since;
        private HotspotReason reason;
        private String documentRef;
        private HotspotKind escalatedFrom;
        private HotspotDetails details;
        private List<String> incidentIds = List.of();
        private List<String> decisionRefs = List.of();
        private int reactivations;
        private HotspotAdded.OverruledMatch overruled;

        void apply(HotspotEvent event, HotspotRuleBook rules) {
            if (event instanceof HotspotAdded added) {
                if (rules != null) {
                    rules.at(added.businessDate()).check(LifecycleStep.ADD, null, added.kind(), added.reason());
                }
                kind = added.kind();
                addedAs = added.kind();
                status = HotspotStatus.ACTIVE;
                addedOn = added.businessDate();
                details = added.details();
                overruled = added.overruledMatch();
                step(added);
                return;
            }
            if (addedOn == null) {
                throw new IllegalStateException("history of hotspot " + event.hotspotId() + " does not start with its addition");
            }
            switch (event) {
                case HotspotDetailsChanged changed -> details = changed.details();
                case LifecycleEvent step -> {
                    if (rules != null) {
                        if (step.businessDate().isBefore(addedOn)) {
                            throw new RuleViolation("history/before-added", step.step() + " is dated "
                                    + step.businessDate() + ", before the point was added (" + addedOn + ")")
                                    .with("addedOn", addedOn.toString());
                        }
                        rules.at(step.businessDate()).check(step.step(), status, kind, step.reason());
                    }
                    switch (step) {
                        case HotspotEscalated e -> {
                            escalatedFrom = kind;
                            kind = e.toKind();
                        }
                        case HotspotNeutralised ignored -> status = HotspotStatus.NEUTRALISED;
                        case HotspotEradicated e -> {
                            status = HotspotStatus.ERADICATED;
                            incidentIds = e.incidentIds();
                            decisionRefs = e.decisionRefs();
                        }
                        case HotspotRemoved ignored -> status = HotspotStatus.REMOVED;
                        case HotspotReactivated ignored -> {
                            status = HotspotStatus.ACTIVE;
                            reactivations++;
                            incidentIds = List.of();
                            decisionRefs = List.of();
                        }
                        case HotspotAdded ignored -> throw new IllegalStateException("a second addition");
                    }
                    if (!(step instanceof HotspotEscalated)) {
                        step(step);
                    }
                }
                case HotspotEntryCorrected ignored -> {
                    // applied by effective()
                }
            }
        }

        private void step(LifecycleEvent step) {
            since = step.businessDate();
            reason = step.reason();
            documentRef = step.documentRef();
        }

        HotspotState state() {
            return new HotspotState(kind, status, addedOn, addedAs, since, reason, documentRef, escalatedFrom, details,
                    incidentIds, decisionRefs, reactivations, overruled);
        }
    }
}
