package vn.drugctl.registry.person.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.drugctl.registry.person.domain.PersonRegistrationRulesTest.CONTEXT;
import static vn.drugctl.registry.person.domain.PersonStory.d;
import static vn.drugctl.registry.person.domain.PersonStory.suspectedUserSince;

/** An arrest reported by hotspot-service is a fact in the person's history: recorded once per report, never judged. */
class PersonArrestTest {

    private static Person.Change arrest(Person p, String sourceEventId, String date) {
        return p.recordArrest(sourceEventId, "inc-1", "sus-1", d(date), "HN-BL-ANDO", List.of("POSSESSION", "SALE"),
                Arrest.Outcome.PROSECUTED, " 12/2026/HS ", CONTEXT);
    }

    @Test
    void anArrestIsAppendedAndShowsInTheStateAsOfItsDate() {
        Person before = suspectedUserSince("2025-01-10").person();

        Person.Change change = arrest(before, "evt-1", "2026-11-20");

        assertThat(change.events()).singleElement().isInstanceOfSatisfying(PersonArrested.class, e -> {
            assertThat(e.eventType()).isEqualTo("PersonArrested");
            assertThat(e.personId()).isEqualTo(before.id());
            assertThat(e.sourceEventId()).isEqualTo("evt-1");
            assertThat(e.caseNumber()).isEqualTo("12/2026/HS");
        });
        Person after = change.person();
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.state().arrests()).containsExactly(new Arrest("inc-1", d("2026-11-20"), "HN-BL-ANDO",
                List.of("POSSESSION", "SALE"), Arrest.Outcome.PROSECUTED, "12/2026/HS"));
        assertThat(after.stateAsOf(d("2026-11-19")).arrests()).isEmpty();
        // a fact, not a list change: the list is untouched
        assertThat(after.state().list()).isEqualTo(MainList.SUSPECTED_USER);
        assertThat(after.hasArrestFrom("evt-1")).isTrue();
        assertThat(before.hasArrestFrom("evt-1")).isFalse();
    }

    @Test
    void theSameReportTwiceChangesThePersonOnce() {
        Person once = arrest(suspectedUserSince("2025-01-10").person(), "evt-1", "2026-11-20").person();

        Person.Change again = arrest(once, "evt-1", "2026-11-20");

        assertThat(again.isEmpty()).isTrue();
        assertThat(again.person()).isSameAs(once);
        // another report of another incident is another fact
        Person twice = once.recordArrest("evt-2", "inc-2", "sus-9", d("2026-11-21"), "HN-BL-ANDO", List.of("SALE"),
                Arrest.Outcome.PENDING, null, CONTEXT).person();
        assertThat(twice.state().arrests()).extracting(Arrest::incidentId).containsExactly("inc-1", "inc-2");
    }

    @Test
    void aLaterReportOfTheSameArrestReplacesItOnTheRecordAndTheHistoryKeepsBoth() {
        Person pending = suspectedUserSince("2025-01-10").person().recordArrest("evt-1", "inc-1", "sus-1",
                d("2026-11-20"), "HN-BL-ANDO", List.of("POSSESSION"), Arrest.Outcome.PENDING, null, CONTEXT).person();
        assertThat(pending.hasArrestIn("inc-1", "sus-1")).isTrue();
        assertThat(pending.hasArrestIn("inc-1", "sus-2")).isFalse();

        // hotspot-service tells the outcome: the same incident and suspect, a new source event
        Person prosecuted = arrest(pending, "evt-2", "2026-11-20").person();

        assertThat(prosecuted.state().arrests()).containsExactly(new Arrest("inc-1", d("2026-11-20"), "HN-BL-ANDO",
                List.of("POSSESSION", "SALE"), Arrest.Outcome.PROSECUTED, "12/2026/HS"));
        assertThat(prosecuted.history()).filteredOn(e -> e.event() instanceof PersonArrested).hasSize(2);
        // another suspect of the same incident who is this person too (entered twice there) stays apart
        assertThat(prosecuted.recordArrest("evt-3", "inc-1", "sus-2", d("2026-11-20"), "HN-BL-ANDO", List.of("SALE"),
                Arrest.Outcome.PENDING, null, CONTEXT).person().state().arrests()).hasSize(2);
    }

    @Test
    void theRulesNeverRefuseAnArrestEvenDatedBeforeTheLatestListChange() {
        PersonStory story = suspectedUserSince("2025-01-10")
                .movedTo(MainList.ILLEGAL_USER, ChangeReason.POSITIVE_TEST, "2025-06-01")
                .movedAway("2025-07-01");
        // a list change dated here would be refused (history/order); an arrest is no list change
        Person arrested = arrest(story.person(), "evt-1", "2025-05-01").person();
        assertThat(arrested.stateAsOf(d("2025-05-01")).arrests()).hasSize(1);
        assertThat(arrested.state().presence()).isEqualTo(Presence.LEFT_PENDING_VERIFICATION);
        assertThat(HistoryJudge.judged(arrested.history().getLast().event())).isFalse();
    }

    @Test
    void aMissingValueOrADateInTheFutureIsRefusedNamingTheField() {
        Person p = suspectedUserSince("2025-01-10").person();
        assertThatThrownBy(() -> arrest(p, "evt-1", "2026-11-26"))
                .isInstanceOfSatisfying(InvalidPersonData.class, e -> assertThat(e.field()).isEqualTo("businessDate"));
        assertThatThrownBy(() -> p.recordArrest("evt-1", "inc-1", null, d("2026-11-20"), "HN-BL-ANDO", List.of(),
                null, null, CONTEXT))
                .isInstanceOfSatisfying(InvalidPersonData.class, e -> assertThat(e.field()).isEqualTo("outcome"));
        assertThatThrownBy(() -> p.recordArrest(" ", "inc-1", null, d("2026-11-20"), "HN-BL-ANDO", List.of(),
                Arrest.Outcome.PENDING, null, CONTEXT))
                .isInstanceOfSatisfying(InvalidPersonData.class,
                        e -> assertThat(e.field()).isEqualTo("sourceEventId"));
        assertThatThrownBy(() -> p.recordArrest("evt-1", "inc-1", null, d("2026-11-20"), "HN-BL-ANDO", null,
                Arrest.Outcome.PENDING, null, CONTEXT))
                .isInstanceOfSatisfying(InvalidPersonData.class, e -> assertThat(e.field()).isEqualTo("acts"));
    }
}
