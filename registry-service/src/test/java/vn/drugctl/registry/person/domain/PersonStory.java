package vn.drugctl.registry.person.domain;

import vn.drugctl.common.domain.RuleViolation;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.drugctl.registry.person.domain.PersonRegistrationRulesTest.CONTEXT;
import static vn.drugctl.registry.person.domain.PersonRegistrationRulesTest.PATH;
import static vn.drugctl.registry.person.domain.PersonRegistrationRulesTest.details;

/**
 * Builds a synthetic person's history step by step for the domain stories, with the shipped rules and "today" of
 * {@link PersonRegistrationRulesTest}; dates are written {@code "2025-02-01"}. Each step must be accepted.
 */
final class PersonStory {
    private Person person;

    private PersonStory(Person person) {
        this.person = person;
    }

    static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    static PersonStory registeredOn(MainList list, ChangeReason reason, String date) {
        return new PersonStory(Person.register(details("Triệu Văn Khải", 1991, Sex.MALE, null, "Thôn 6"),
                "HN-BL-VUBAN", PATH, new Person.ListChange(list, reason, d(date), "BC 02/CAX", null), CONTEXT)
                .person());
    }

    static PersonStory suspectedUserSince(String date) {
        return registeredOn(MainList.SUSPECTED_USER, ChangeReason.NEWLY_FOUND_BY_REVIEW, date);
    }

    static PersonStory addictSince(String date) {
        return registeredOn(MainList.ADDICT, ChangeReason.ADDICTION_DETERMINED, date);
    }

    /** A person as stored, history given entry by entry (e.g. one stored before the judge existed). */
    static PersonStory stored(PersonEvent... events) {
        List<HistoryEntry> entries = java.util.Arrays.stream(events)
                .map(e -> new HistoryEntry(java.util.UUID.randomUUID().toString(), e, CONTEXT.now(), CONTEXT.actor()))
                .toList();
        return new PersonStory(Person.rebuild(events[0].personId(), "HN-BL-VUBAN", PATH, entries.size(), entries));
    }

    PersonStory then(Function<Person, Person.Change> step) {
        person = step.apply(person).person();
        return this;
    }

    PersonStory movedTo(MainList list, ChangeReason reason, String date) {
        return then(p -> p.changeList(new Person.ListChange(list, reason, d(date), "QĐ", null), CONTEXT));
    }

    PersonStory leftTheLists(ChangeReason reason, String date) {
        return movedTo(null, reason, date);
    }

    PersonStory movedAway(String date) {
        return then(p -> p.markMovedAway(d(date), new Residence("Tổ 3", "TN-GIASANG"), "vợ báo", CONTEXT));
    }

    PersonStory moveVerified(String date) {
        return then(p -> p.verifyMove(d(date), "vợ và trưởng thôn", null, "BB 04/CAX", null, CONTEXT));
    }

    PersonStory returned(String date) {
        return then(p -> p.markReturned(d(date), null, CONTEXT));
    }

    PersonStory flag(Flag flag, boolean set, ChangeReason reason, String date) {
        return then(p -> p.setFlag(flag, set, reason, d(date), null, null, CONTEXT));
    }

    PersonStory addictLocation(AddictLocation to, String date) {
        return then(p -> p.changeAddictLocation(to, null, d(date), null, null, CONTEXT));
    }

    PersonStory dossierOpened(String date) {
        return then(p -> p.openRehabDossier(d(date), "HS 01", null, CONTEXT));
    }

    /** Moves the latest dossier to {@code stage}. */
    PersonStory dossier(RehabDossier.Stage stage, String date) {
        return then(p -> p.advanceRehabDossier(latestDossier(p), stage, d(date), null, null, CONTEXT));
    }

    Person person() {
        return person;
    }

    String dossierId() {
        return latestDossier(person);
    }

    /** The id of the latest entry holding an event of {@code type}. */
    String entryOf(Class<? extends PersonEvent> type) {
        return person.history().reversed().stream().filter(e -> type.isInstance(e.event())).findFirst()
                .orElseThrow().eventId();
    }

    /**
     * Tries a change that must be refused: returns the violation after checking that the person is as before
     * (same history, same version).
     */
    RuleViolation refuses(Function<Person, Person.Change> change) {
        List<HistoryEntry> history = person.history();
        long version = person.version();
        RuleViolation violation;
        try {
            Person.Change accepted = change.apply(person);
            throw new AssertionError("expected a rule violation, but the change was accepted: " + accepted.events());
        } catch (RuleViolation v) {
            violation = v;
        }
        assertThat(person.history()).isEqualTo(history);
        assertThat(person.version()).isEqualTo(version);
        return violation;
    }

    private static String latestDossier(Person p) {
        return p.state().dossiers().getLast().dossierId();
    }
}
