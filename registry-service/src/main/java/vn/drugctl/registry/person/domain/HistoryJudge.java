package vn.drugctl.registry.person.domain;

import vn.drugctl.common.domain.RuleViolation;
import vn.drugctl.common.history.EffectiveHistory;
import vn.drugctl.common.history.EffectiveHistory.Placed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry's one rule engine: every change to a person (a registration, a command's new events, a correction)
 * is judged by replaying the person's whole effective history with the change in it, each event at its business
 * date. The change is accepted only if the history so formed is valid on every date.
 *
 * <p><b>Effective history.</b> The recorded entries with their corrections applied (a voided entry is left out, an
 * amended one takes its corrected date, reason or document), ordered by business date; entries of the same date
 * keep their recording order, so new events land after the existing events of their date. The registration always
 * comes first: it is the day the record was entered, and earlier facts (the list a person was already on) may be
 * recorded with their own, earlier dates.
 *
 * <p><b>Guarantee.</b> {@link #judge} returns normally only if
 * <ol>
 * <li>no new event is dated before the latest recorded event of its own stream (the list; one flag; the addict
 * location; presence; one rehab dossier), because a later event stores what it found ({@code fromList},
 * {@code from}, the dossier stage it followed) and would silently become false: {@code history/order}, pointing to
 * the entry to correct instead (corrections are the way to change earlier history and are exempt); and</li>
 * <li>every event, replayed in that order, is allowed by the state on its date and the rule set in force on its date
 * ({@link RegistryState.Replay} lists the rules).</li>
 * </ol>
 * Otherwise it throws the first {@link RuleViolation}, with {@code businessDate} set to the date of the event that
 * broke a rule; when that event is a recorded entry the change made invalid (a back-dated change that contradicts a
 * later entry), the violation also names the entry ({@code eventId}, {@code eventType}) and says so in its message.
 * The judge is a pure function of its arguments: nothing is stored before it has accepted the change, so a refusal
 * changes nothing.
 *
 * <p><b>Where checking starts.</b> Rules are checked for the events dated on or after {@code checkFrom}, the first
 * date the change touches; earlier events are folded in without checks. This is equivalent to checking everything
 * for any history this judge has accepted before: the events before {@code checkFrom}, their order and so the state
 * each one sees are exactly those of the stored history, which was valid on every date when it was accepted (by
 * induction over the changes, each checked from its own first date onwards), under the same dated rule sets (a rule
 * set that past records were judged by is never edited). The rules only look backwards (an event is judged on the
 * state before it), except the same-day follow-ups of a dossier stage, which are attributed to the stage's date. For
 * a history stored before this judge existed, the difference is deliberate: an older violation is not blamed on a
 * later, unrelated change, and such violations can be corrected one by one, latest first. Drug tests, sanctions,
 * arrests and details are read by no rule, so a change made of those alone is not replayed.
 */
final class HistoryJudge {
    private HistoryJudge() {
    }

    /** How a person's history reads as it stands (the class comment's effective history). */
    private static final EffectiveHistory<HistoryEntry, PersonEvent> HISTORY = EffectiveHistory
            .<HistoryEntry, PersonEvent>of(HistoryEntry::eventId, HistoryEntry::event, PersonEvent::businessDate,
                    PersonEvent::eventType)
            .corrections(e -> e instanceof EntryCorrected c ? c : null, (e, c) -> {
                EntryCorrected correction = (EntryCorrected) c;
                return e instanceof Correctable correctable ? correctable.amended(correction.correctedBusinessDate(),
                        correction.correctedReason(), correction.correctedDocumentRef()) : e;
            })
            .opening(e -> e instanceof PersonRegistered)
            .openingAlwaysStands()
            .build();

    /** The stream an event belongs to, for the order rule; {@code what} names its latest change in messages. */
    private record Stream(String key, String what) {
    }

    /**
     * The effective history up to {@code asOf} ({@code null}: all of it); entries from index {@code firstFresh} on are
     * the change being judged.
     */
    static List<Placed<PersonEvent>> effective(List<HistoryEntry> history, int firstFresh, LocalDate asOf) {
        return asOf == null ? HISTORY.of(history, firstFresh) : HISTORY.asOf(history, asOf);
    }

    /** The state after the effective history up to {@code asOf} ({@code null}: everything known). */
    static RegistryState stateAsOf(List<HistoryEntry> history, LocalDate asOf) {
        RegistryState.Replay replay = new RegistryState.Replay();
        for (Placed<PersonEvent> p : effective(history, history.size(), asOf)) {
            replay.apply(p.event(), null);
        }
        return replay.state();
    }

    /**
     * Judges {@code history}, whose entries from {@code firstFresh} on are the change, checking rules from
     * {@code checkFrom} on ({@code null}: the change touches nothing a rule reads, so there is nothing to judge).
     *
     * @throws RuleViolation as described in the class comment
     */
    static void judge(List<HistoryEntry> history, int firstFresh, RuleBook rules, LocalDate checkFrom) {
        if (checkFrom == null) {
            return;
        }
        List<Placed<PersonEvent>> placed = effective(history, firstFresh, null);
        checkStreamOrder(placed);
        Map<PersonEvent, Placed<PersonEvent>> byEvent = new IdentityHashMap<>();
        RegistryState.Replay replay = new RegistryState.Replay();
        for (Placed<PersonEvent> p : placed) {
            PersonEvent event = p.event();
            boolean registration = event instanceof PersonRegistered;
            if (!registration) {
                closeDay(replay, event.businessDate(), byEvent);
            }
            boolean check = !registration && !event.businessDate().isBefore(checkFrom);
            byEvent.put(event, p);
            try {
                replay.apply(event, check ? rules : null);
            } catch (RuleViolation v) {
                throw located(v, p);
            }
        }
        closeDay(replay, null, byEvent);
    }

    /** The first date a change made of {@code events} touches, or {@code null} when no rule reads any of them. */
    static LocalDate firstJudgedDate(List<PersonEvent> events) {
        return events.stream().filter(HistoryJudge::judged).map(PersonEvent::businessDate)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    /** Whether a rule reads the event (or the state it changes). */
    static boolean judged(PersonEvent event) {
        return !(event instanceof PersonRegistered || event instanceof PersonDetailsChanged
                || event instanceof DrugTestRecorded || event instanceof SanctionRecorded
                || event instanceof EntryCorrected || event instanceof PersonArrested);
    }

    private static void closeDay(RegistryState.Replay replay, LocalDate next,
                                 Map<PersonEvent, Placed<PersonEvent>> byEvent) {
        RehabDossierChanged pending = replay.pending();
        if (pending == null) {
            return;
        }
        try {
            replay.closeDay(next);
        } catch (RuleViolation v) {
            throw located(v, byEvent.get(pending));
        }
    }

    private static void checkStreamOrder(List<Placed<PersonEvent>> placed) {
        Map<String, Placed<PersonEvent>> latest = new HashMap<>();
        for (Placed<PersonEvent> p : placed) {
            Stream stream = streamOf(p.event());
            if (stream != null && !p.fresh()) {
                latest.put(stream.key(), p); // in date order, so the last one seen is the latest
            }
        }
        for (Placed<PersonEvent> p : placed) {
            Stream stream = streamOf(p.event());
            if (stream == null || !p.fresh()) {
                continue;
            }
            Placed<PersonEvent> last = latest.get(stream.key());
            LocalDate date = p.event().businessDate();
            if (last != null && date.isBefore(last.event().businessDate())) {
                LocalDate lastDate = last.event().businessDate();
                throw new RuleViolation("history/order", "The change is dated " + date + ", before " + stream.what()
                        + " (" + lastDate + ", entry " + last.eventId() + "); to change earlier history, correct "
                        + "that entry instead")
                        .with("latest", lastDate.toString()).with("latestEventId", last.eventId())
                        .with("businessDate", date.toString());
            }
        }
    }

    private static Stream streamOf(PersonEvent event) {
        return switch (event) {
            case PersonMovedToList ignored -> new Stream("list", "the latest list change");
            case PersonLeftList ignored -> new Stream("list", "the latest list change");
            case PersonFlagSet e -> new Stream("flag:" + e.flag(), "the latest change of " + e.flag());
            case PersonFlagCleared e -> new Stream("flag:" + e.flag(), "the latest change of " + e.flag());
            case AddictLocationChanged ignored -> new Stream("addict-location", "the latest addict location change");
            case PersonMarkedMovedAway ignored -> presence();
            case PersonMoveVerified ignored -> presence();
            case PersonReturned ignored -> presence();
            case RehabDossierChanged e -> new Stream("rehab-dossier:" + e.dossierId(),
                    "the latest stage of dossier " + e.dossierId());
            default -> null;
        };
    }

    private static Stream presence() {
        return new Stream("presence", "the latest presence change (moved away, verified, returned)");
    }

    private static RuleViolation located(RuleViolation v, Placed<PersonEvent> at) {
        return HISTORY.located(v, at);
    }
}
