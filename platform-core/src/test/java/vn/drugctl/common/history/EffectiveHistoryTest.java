package vn.drugctl.common.history;

import org.junit.jupiter.api.Test;
import vn.drugctl.common.domain.RuleViolation;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EffectiveHistoryTest {
    sealed interface Ev permits Opened, Step, Fix {
        LocalDate date();
    }

    record Opened(LocalDate date) implements Ev {
    }

    record Step(LocalDate date, String reason) implements Ev {
        Step amended(Fix fix) {
            return new Step(fix.correctedBusinessDate() == null ? date : fix.correctedBusinessDate(),
                    fix.reason() == null ? reason : fix.reason());
        }
    }

    record Fix(LocalDate date, String correctsEventId, boolean voided, LocalDate correctedBusinessDate, String reason)
            implements Ev, EntryCorrection {
    }

    record Entry(String id, Ev event) {
    }

    private static LocalDate d(int day) {
        return LocalDate.of(2026, 3, day);
    }

    private static EffectiveHistory.Builder<Entry, Ev> shape() {
        return EffectiveHistory.<Entry, Ev>of(Entry::id, Entry::event, Ev::date, e -> e.getClass().getSimpleName())
                .corrections(e -> e instanceof Fix f ? f : null,
                        (e, c) -> e instanceof Step s ? s.amended((Fix) c) : e);
    }

    private static List<String> ids(List<EffectiveHistory.Placed<Ev>> placed) {
        return placed.stream().map(EffectiveHistory.Placed::eventId).toList();
    }

    @Test
    void entriesAreInBusinessDateOrderAndOneDateKeepsTheRecordingOrder() {
        List<Entry> h = List.of(new Entry("o", new Opened(d(1))), new Entry("a", new Step(d(10), "x")),
                new Entry("b", new Step(d(5), "y")), new Entry("c", new Step(d(10), "z")));
        assertThat(ids(shape().build().of(h, h.size()))).containsExactly("o", "b", "a", "c");
    }

    @Test
    void theLatestCorrectionOfAnEntryIsInForceAndCorrectionsThemselvesAreLeftOut() {
        List<Entry> h = List.of(new Entry("o", new Opened(d(1))), new Entry("a", new Step(d(10), "x")),
                new Entry("b", new Step(d(12), "y")),
                new Entry("f1", new Fix(d(20), "a", true, null, null)),
                new Entry("f2", new Fix(d(21), "a", false, d(15), "late")),
                new Entry("f3", new Fix(d(22), "b", true, null, null)));
        List<EffectiveHistory.Placed<Ev>> placed = shape().build().of(h, h.size());
        assertThat(ids(placed)).containsExactly("o", "a");
        assertThat(placed.get(1).date()).isEqualTo(d(15));
        assertThat(placed.get(1).event()).isEqualTo(new Step(d(15), "late"));
        assertThat(placed.get(1).index()).isEqualTo(1);
    }

    @Test
    void aRedatedEntryTakesItsCorrectedDateEvenWhenTheAggregateCannotAmendItsEvent() {
        List<Entry> h = List.of(new Entry("o", new Opened(d(1))), new Entry("a", new Step(d(10), "x")),
                new Entry("b", new Step(d(12), "y")), new Entry("f", new Fix(d(20), "b", false, d(3), null)));
        EffectiveHistory<Entry, Ev> keepsEvents = EffectiveHistory.<Entry, Ev>of(Entry::id, Entry::event, Ev::date,
                e -> "E").corrections(e -> e instanceof Fix f ? f : null, null).build();
        List<EffectiveHistory.Placed<Ev>> placed = keepsEvents.of(h, h.size());
        assertThat(ids(placed)).containsExactly("o", "b", "a");
        assertThat(placed.get(1).date()).isEqualTo(d(3));
        assertThat(placed.get(1).event()).isEqualTo(new Step(d(12), "y"));
    }

    @Test
    void theOpeningComesFirstOnlyWhenNamedSoAStepBeforeItReachesTheRules() {
        List<Entry> h = List.of(new Entry("o", new Opened(d(8))), new Entry("a", new Step(d(2), "x")));
        assertThat(ids(shape().build().of(h, 2))).containsExactly("a", "o");
        assertThat(ids(shape().opening(e -> e instanceof Opened).build().of(h, 2))).containsExactly("o", "a");
    }

    @Test
    void asOfADateKeepsWhatWasDatedByThenAndTheOpeningOnlyWhenItAlwaysStands() {
        List<Entry> h = List.of(new Entry("o", new Opened(d(8))), new Entry("a", new Step(d(9), "x")),
                new Entry("b", new Step(d(11), "y")));
        EffectiveHistory<Entry, Ev> dated = shape().opening(e -> e instanceof Opened).build();
        EffectiveHistory<Entry, Ev> entered = shape().opening(e -> e instanceof Opened).openingAlwaysStands().build();
        assertThat(ids(dated.asOf(h, d(10)))).containsExactly("o", "a");
        assertThat(ids(dated.asOf(h, d(7)))).isEmpty();
        assertThat(ids(entered.asOf(h, d(7)))).containsExactly("o");
        assertThat(ids(dated.asOf(h, null))).containsExactly("o", "a", "b");
    }

    @Test
    void freshEntriesAreTheChangeAndAViolationAtARecordedEntryNamesIt() {
        List<Entry> h = List.of(new Entry("o", new Opened(d(1))), new Entry("a", new Step(d(10), "x")),
                new Entry("new", new Step(d(5), "y")));
        EffectiveHistory<Entry, Ev> history = shape().build();
        List<EffectiveHistory.Placed<Ev>> placed = history.of(h, 2);
        assertThat(placed).extracting(EffectiveHistory.Placed::fresh).containsExactly(false, true, false);

        RuleViolation v = new RuleViolation("r/x", "Not allowed").with("kind", "K");
        RuleViolation atRecorded = history.located(v, placed.get(2));
        assertThat(atRecorded.rule()).isEqualTo("r/x");
        assertThat(atRecorded.getMessage()).isEqualTo("Not allowed [the change would break the recorded Step of "
                + "2026-03-10, entry a]");
        assertThat(atRecorded.properties()).containsEntry("kind", "K").containsEntry("businessDate", "2026-03-10")
                .containsEntry("eventId", "a").containsEntry("eventType", "Step");
        assertThat(atRecorded.getCause()).isSameAs(v);

        RuleViolation atFresh = history.located(v, placed.get(1));
        assertThat(atFresh.getMessage()).isEqualTo("Not allowed");
        assertThat(atFresh.properties()).containsEntry("businessDate", "2026-03-05").doesNotContainKey("eventId");
    }
}
