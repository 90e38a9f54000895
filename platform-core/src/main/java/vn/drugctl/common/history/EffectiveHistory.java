package vn.drugctl.common.history;

import vn.drugctl.common.domain.RuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How an aggregate's append-only history reads as it stands, the one definition every service's rule engine and
 * as-of view replays.
 *
 * <p><b>Effective history.</b> The recorded entries with their corrections applied: the latest correction of an entry
 * is in force; a voided entry is left out; an amended one is what the aggregate's {@code amend} function makes of it,
 * at the corrected business date. The corrections themselves are left out (they change no state on their own). The
 * entries are ordered by business date; entries of the same date keep their recording order (the sort is stable), so
 * new events land after the existing events of their date. An aggregate may name its <em>opening</em> event (a
 * registration, an addition), which then comes first whatever its date, so that a step dated before it is judged by
 * the aggregate's rules rather than replayed into nothing.
 *
 * <p><b>As of a date.</b> {@link #asOf} keeps the entries dated on or before the date; an aggregate whose opening date
 * is the day the record was entered rather than a business fact ({@link Builder#openingAlwaysStands}) keeps it in
 * every view.
 *
 * @param <H> the aggregate's history entry (event id, event, entry time, actor)
 * @param <E> the aggregate's event type
 */
public final class EffectiveHistory<H, E> {

    /**
     * One entry of the effective history.
     *
     * @param eventId the recorded entry it comes from
     * @param index   its position in the recorded history
     * @param event   the event as corrected
     * @param date    its effective business date
     * @param fresh   whether it belongs to the change being judged (index at or after {@code firstFresh})
     */
    public record Placed<E>(String eventId, int index, E event, LocalDate date, boolean fresh) {
    }

    private final Function<H, String> eventIdOf;
    private final Function<H, E> eventOf;
    private final Function<E, LocalDate> dateOf;
    private final Function<E, String> typeOf;
    private final Function<E, EntryCorrection> correctionOf;
    private final BiFunction<E, EntryCorrection, E> amend;
    private final Predicate<E> opening;
    private final boolean openingAlwaysStands;

    private EffectiveHistory(Builder<H, E> b) {
        this.eventIdOf = Objects.requireNonNull(b.eventIdOf, "eventId");
        this.eventOf = Objects.requireNonNull(b.eventOf, "event");
        this.dateOf = Objects.requireNonNull(b.dateOf, "businessDate");
        this.typeOf = Objects.requireNonNull(b.typeOf, "eventType");
        this.correctionOf = b.correctionOf == null ? e -> null : b.correctionOf;
        this.amend = b.amend == null ? (e, c) -> e : b.amend;
        this.opening = b.opening == null ? e -> false : b.opening;
        this.openingAlwaysStands = b.openingAlwaysStands;
    }

    /**
     * @param eventId      an entry's id
     * @param event        an entry's event
     * @param businessDate an event's business date
     * @param eventType    an event's type name (for the messages of {@link #located})
     */
    public static <H, E> Builder<H, E> of(Function<H, String> eventId, Function<H, E> event,
                                          Function<E, LocalDate> businessDate, Function<E, String> eventType) {
        Builder<H, E> b = new Builder<>();
        b.eventIdOf = eventId;
        b.eventOf = event;
        b.dateOf = businessDate;
        b.typeOf = eventType;
        return b;
    }

    /** The whole effective history; entries from {@code firstFresh} on are marked as the change being judged. */
    public List<Placed<E>> of(List<H> history, int firstFresh) {
        Map<String, EntryCorrection> inForce = new HashMap<>();
        for (H entry : history) {
            EntryCorrection c = correctionOf.apply(eventOf.apply(entry));
            if (c != null) {
                inForce.put(c.correctsEventId(), c); // recording order: the latest correction wins
            }
        }
        List<Placed<E>> placed = new ArrayList<>(history.size());
        for (int i = 0; i < history.size(); i++) {
            H entry = history.get(i);
            E event = eventOf.apply(entry);
            if (correctionOf.apply(event) != null) {
                continue;
            }
            String id = eventIdOf.apply(entry);
            EntryCorrection c = inForce.get(id);
            LocalDate date = dateOf.apply(event);
            if (c != null) {
                if (c.voided()) {
                    continue;
                }
                event = amend.apply(event, c);
                if (c.correctedBusinessDate() != null) {
                    date = c.correctedBusinessDate();
                }
            }
            placed.add(new Placed<>(id, i, event, date, i >= firstFresh));
        }
        placed.sort(Comparator.comparing((Placed<E> p) -> !opening.test(p.event())).thenComparing(Placed::date));
        return placed;
    }

    /** The effective history as it stood at the end of {@code date} ({@code null}: all of it). */
    public List<Placed<E>> asOf(List<H> history, LocalDate date) {
        List<Placed<E>> all = of(history, history.size());
        if (date == null) {
            return all;
        }
        return all.stream()
                .filter(p -> !p.date().isAfter(date) || (openingAlwaysStands && opening.test(p.event())))
                .toList();
    }

    /**
     * The violation {@code v} located at the entry whose replay broke the rule: {@code businessDate} set to its date;
     * when it is a recorded entry (not part of the change), the message says the change would break it and the
     * properties name it ({@code eventId}, {@code eventType}).
     */
    public RuleViolation located(RuleViolation v, Placed<E> at) {
        String type = typeOf.apply(at.event());
        RuleViolation located = at.fresh() ? new RuleViolation(v.rule(), v.getMessage())
                : new RuleViolation(v.rule(), v.getMessage() + " [the change would break the recorded " + type
                + " of " + at.date() + ", entry " + at.eventId() + "]");
        located.initCause(v);
        v.properties().forEach(located::with);
        located.with("businessDate", at.date().toString());
        if (!at.fresh()) {
            located.with("eventId", at.eventId()).with("eventType", type);
        }
        return located;
    }

    /** Says how an aggregate's history reads; see {@link EffectiveHistory}. */
    public static final class Builder<H, E> {
        private Function<H, String> eventIdOf;
        private Function<H, E> eventOf;
        private Function<E, LocalDate> dateOf;
        private Function<E, String> typeOf;
        private Function<E, EntryCorrection> correctionOf;
        private BiFunction<E, EntryCorrection, E> amend;
        private Predicate<E> opening;
        private boolean openingAlwaysStands;

        private Builder() {
        }

        /**
         * @param correction the event as a correction, or {@code null} when it is not one
         * @param amend      an event as a (non-voiding) correction in force says it should have been recorded; the
         *                   corrected business date is applied to the placement whatever this returns
         */
        public Builder<H, E> corrections(Function<E, EntryCorrection> correction,
                                         BiFunction<E, EntryCorrection, E> amend) {
            this.correctionOf = correction;
            this.amend = amend;
            return this;
        }

        /** The event that opens the aggregate's history: it comes first whatever its date. */
        public Builder<H, E> opening(Predicate<E> opening) {
            this.opening = opening;
            return this;
        }

        /** The opening's date is when the record was entered, not a business fact: every as-of view keeps it. */
        public Builder<H, E> openingAlwaysStands() {
            this.openingAlwaysStands = true;
            return this;
        }

        public EffectiveHistory<H, E> build() {
            return new EffectiveHistory<>(this);
        }
    }
}
