package vn.drugctl.registry.person.domain;

import org.junit.jupiter.api.Test;
import vn.drugctl.common.domain.RuleViolation;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.drugctl.registry.person.domain.PersonRegistrationRulesTest.CONTEXT;
import static vn.drugctl.registry.person.domain.PersonStory.addictSince;
import static vn.drugctl.registry.person.domain.PersonStory.d;
import static vn.drugctl.registry.person.domain.PersonStory.suspectedUserSince;

/**
 * Back-dated changes are judged on their business date: the change is placed into the history at its date and the
 * whole history must be valid on every date (issue 7, part 2). Each refusal leaves the person as it was.
 */
class PersonBackDatedChangesTest {

    @Test
    void leavingAsMovedAwayDatedBeforeTheVerificationIsRefusedAndTheListStaysValidOnEveryDate() {
        // the review's example: moved away 02-01, verified 02-15, then "leave, MOVED_AWAY" dated 02-05
        PersonStory story = suspectedUserSince("2025-01-10").movedAway("2025-02-01").moveVerified("2025-02-15");

        RuleViolation early = story.refuses(p -> leave(p, ChangeReason.MOVED_AWAY, "2025-02-05"));
        assertThat(early.rule()).isEqualTo("moved-away/verification-required");
        assertThat(early.getMessage()).contains("2025-02-05", "LEFT_PENDING_VERIFICATION");
        assertThat(early.properties()).containsEntry("businessDate", "2025-02-05");

        Person left = leave(story.person(), ChangeReason.MOVED_AWAY, "2025-02-16").person();
        assertThat(left.stateAsOf(d("2025-02-10")).list()).isEqualTo(MainList.SUSPECTED_USER);
        assertThat(left.stateAsOf(d("2025-02-16")).list()).isNull();
        assertThat(left.state().listReason()).isEqualTo(ChangeReason.MOVED_AWAY);
    }

    @Test
    void aChangeDatedTheSameDayAsAnEntryIsPlacedAfterIt() {
        PersonStory story = suspectedUserSince("2025-01-10").movedAway("2025-02-01").moveVerified("2025-02-15");
        Person left = leave(story.person(), ChangeReason.MOVED_AWAY, "2025-02-15").person();
        assertThat(left.stateAsOf(d("2025-02-15")).list()).isNull();
        assertThat(left.stateAsOf(d("2025-02-14")).list()).isEqualTo(MainList.SUSPECTED_USER);
    }

    @Test
    void aBackDatedReturnThatContradictsALaterMovedAwayLeaveNamesTheEntryItWouldBreak() {
        PersonStory story = suspectedUserSince("2025-01-10").movedAway("2025-02-01").moveVerified("2025-02-15")
                .leftTheLists(ChangeReason.MOVED_AWAY, "2025-02-20");
        String leave = story.entryOf(PersonLeftList.class);

        RuleViolation v = story.refuses(p -> p.markReturned(d("2025-02-18"), "về quê", CONTEXT));
        assertThat(v.rule()).isEqualTo("moved-away/verification-required");
        assertThat(v.properties()).containsEntry("eventId", leave).containsEntry("businessDate", "2025-02-20");
        assertThat(v.getMessage()).contains("would break the recorded", leave);

        // after the leave nothing forbids the return
        Person back = story.person().markReturned(d("2025-02-21"), null, CONTEXT).person();
        assertThat(back.state().presence()).isEqualTo(Presence.PRESENT);
        assertThat(back.state().list()).isNull();
    }

    @Test
    void rehabAdmissionDatedWhenThePersonWasNotOnTheAddictListIsRefused() {
        // an addict whose dossier reached the court; imprisoned in March, back on the ADDICT list in June
        PersonStory story = addictSince("2024-01-15").dossierOpened("2024-02-01")
                .dossier(RehabDossier.Stage.COURT_DECIDED, "2024-03-01")
                .leftTheLists(ChangeReason.IMPRISONED, "2024-03-10")
                .movedTo(MainList.ADDICT, ChangeReason.ADDICTION_DETERMINED, "2024-06-01");
        String dossier = story.dossierId();

        // today the person is an addict with a court decision, but on 2024-04-01 they were on no list
        RuleViolation v = story.refuses(p -> p.advanceRehabDossier(dossier, RehabDossier.Stage.ADMITTED,
                d("2024-04-01"), "QĐ 12", null, CONTEXT));
        assertThat(v.rule()).isEqualTo("rehab-dossier/addicts-only");
        assertThat(v.getMessage()).contains("2024-04-01", "no list");

        Person admitted = story.person().advanceRehabDossier(dossier, RehabDossier.Stage.ADMITTED, d("2024-06-05"),
                "QĐ 12", null, CONTEXT).person();
        assertThat(admitted.state().addictLocation()).isEqualTo(AddictLocation.COMPULSORY_REHAB);
        assertThat(admitted.stateAsOf(d("2024-06-04")).addictLocation()).isEqualTo(AddictLocation.COMMUNITY);
    }

    @Test
    void rehabAdmissionDatedBeforeTheDossiersCourtDecisionIsRefusedAsOutOfOrder() {
        PersonStory story = suspectedUserSince("2024-01-10")
                .movedTo(MainList.ADDICT, ChangeReason.ADDICTION_DETERMINED, "2024-02-01")
                .dossierOpened("2024-02-05").dossier(RehabDossier.Stage.COURT_DECIDED, "2024-03-01");
        String dossier = story.dossierId();
        RuleViolation v = story.refuses(p -> p.advanceRehabDossier(dossier, RehabDossier.Stage.ADMITTED,
                d("2024-01-20"), null, null, CONTEXT));
        assertThat(v.rule()).isEqualTo("history/order");
        assertThat(v.properties()).containsEntry("latest", "2024-03-01")
                .containsEntry("latestEventId", story.entryOf(RehabDossierChanged.class));
    }

    @Test
    void aDossierOpenedWithADateBeforeThePersonBecameAnAddictIsRefused() {
        PersonStory story = suspectedUserSince("2024-01-10")
                .movedTo(MainList.ADDICT, ChangeReason.ADDICTION_DETERMINED, "2024-02-01");
        RuleViolation v = story.refuses(p -> p.openRehabDossier(d("2024-01-25"), "HS 02", null, CONTEXT));
        assertThat(v.rule()).isEqualTo("rehab-dossier/addicts-only");
        assertThat(story.person().openRehabDossier(d("2024-02-01"), "HS 02", null, CONTEXT).person().state()
                .dossiers()).hasSize(1);
    }

    @Test
    void aBackDatedDossierWhileAnotherWasOpenOnThatDateIsRefused() {
        // dossier A ran from March to its withdrawal in May; a dossier dated April would overlap it
        PersonStory story = addictSince("2024-01-15").dossierOpened("2024-03-01")
                .dossier(RehabDossier.Stage.WITHDRAWN, "2024-05-01");
        RuleViolation v = story.refuses(p -> p.openRehabDossier(d("2024-04-01"), null, null, CONTEXT));
        assertThat(v.rule()).isEqualTo("rehab-dossier/one-open");
        assertThat(story.person().openRehabDossier(d("2024-05-02"), null, null, CONTEXT).person().state()
                .dossiers()).hasSize(2);
    }

    @Test
    void aBackDatedDossierThatWouldOverlapALaterOneIsRefusedAtTheLaterOne() {
        PersonStory story = addictSince("2024-01-15").dossierOpened("2024-03-01");
        String later = story.entryOf(RehabDossierChanged.class);
        RuleViolation v = story.refuses(p -> p.openRehabDossier(d("2024-02-01"), null, null, CONTEXT));
        assertThat(v.rule()).isEqualTo("rehab-dossier/one-open");
        assertThat(v.properties()).containsEntry("eventId", later);
    }

    @Test
    void releaseDatedBeforeAdmissionIsRefused() {
        PersonStory story = addictSince("2024-01-15").dossierOpened("2024-02-05")
                .dossier(RehabDossier.Stage.COURT_DECIDED, "2024-03-01")
                .dossier(RehabDossier.Stage.ADMITTED, "2024-03-10");
        String dossier = story.dossierId();
        RuleViolation v = story.refuses(p -> p.advanceRehabDossier(dossier, RehabDossier.Stage.RELEASED,
                d("2024-03-05"), "GCN 7", null, CONTEXT));
        assertThat(v.rule()).isEqualTo("history/order");
        assertThat(v.getMessage()).contains("correct");

        Person.Change released = story.person().advanceRehabDossier(dossier, RehabDossier.Stage.RELEASED,
                d("2025-03-10"), "GCN 7", null, CONTEXT);
        assertThat(released.events()).hasSize(2);
        assertThat(released.person().stateAsOf(d("2025-03-09")).list()).isEqualTo(MainList.ADDICT);
        assertThat(released.person().state().list()).isEqualTo(MainList.POST_REHAB);
    }

    @Test
    void releaseOfADossierThatWasNeverAdmittedIsRefused() {
        PersonStory story = addictSince("2024-01-15").dossierOpened("2024-02-05")
                .dossier(RehabDossier.Stage.COURT_DECIDED, "2024-03-01");
        String dossier = story.dossierId();
        RuleViolation v = story.refuses(p -> p.advanceRehabDossier(dossier, RehabDossier.Stage.RELEASED,
                d("2024-04-01"), null, null, CONTEXT));
        assertThat(v.rule()).isEqualTo("rehab-dossier/stage-order");
    }

    @Test
    void aFlagSetDatedBeforeTheLatestClearOfThatFlagIsRefusedAsOutOfOrder() {
        PersonStory story = suspectedUserSince("2024-01-10")
                .flag(Flag.METHADONE, true, ChangeReason.ENROLLED_IN_TREATMENT, "2024-02-01")
                .flag(Flag.METHADONE, false, ChangeReason.LEFT_TREATMENT, "2024-08-01");
        RuleViolation v = story.refuses(p -> p.setFlag(Flag.METHADONE, true, ChangeReason.ENROLLED_IN_TREATMENT,
                d("2024-05-01"), null, null, CONTEXT));
        assertThat(v.rule()).isEqualTo("history/order");
        assertThat(v.properties()).containsEntry("latest", "2024-08-01")
                .containsEntry("latestEventId", story.entryOf(PersonFlagCleared.class));
        assertThat(v.getMessage()).contains("METHADONE", "correct");

        // another flag is another stream: back-dating it is judged on its date only
        Person psychosis = story.person().setFlag(Flag.DRUG_PSYCHOSIS, true,
                ChangeReason.REPORTED_BY_HEALTH_FACILITY, d("2024-03-01"), null, null, CONTEXT).person();
        assertThat(psychosis.stateAsOf(d("2024-03-01")).flags())
                .containsExactlyInAnyOrder(Flag.METHADONE, Flag.DRUG_PSYCHOSIS);
        assertThat(psychosis.state().flags()).containsExactly(Flag.DRUG_PSYCHOSIS);
    }

    @Test
    void aFlagReasonIsJudgedByTheRulesInForceOnItsDateAndAClearNeedsTheFlagSetOnThatDate() {
        PersonStory story = suspectedUserSince("2024-01-10");
        assertThat(story.refuses(p -> p.setFlag(Flag.METHADONE, false, ChangeReason.LEFT_TREATMENT, d("2024-02-01"),
                null, null, CONTEXT)).rule()).isEqualTo("flag/not-set");
        assertThat(story.refuses(p -> p.setFlag(Flag.CUSTODY_HISTORY, true, ChangeReason.DIED, d("2024-02-01"),
                null, null, CONTEXT)).rule()).isEqualTo("law-73-2021/flag-reason");
    }

    @Test
    void anAddictLocationDatedBeforeThePersonBecameAnAddictIsRefused() {
        PersonStory story = suspectedUserSince("2024-01-10")
                .movedTo(MainList.ADDICT, ChangeReason.ADDICTION_DETERMINED, "2024-02-01");
        RuleViolation v = story.refuses(p -> p.changeAddictLocation(AddictLocation.VOLUNTARY_REHAB,
                ChangeReason.ENROLLED_IN_TREATMENT, d("2024-01-20"), null, null, CONTEXT));
        assertThat(v.rule()).isEqualTo("addict-location/addicts-only");
        assertThat(v.getMessage()).contains("2024-01-20", "SUSPECTED_USER");

        Person located = story.person().changeAddictLocation(AddictLocation.VOLUNTARY_REHAB,
                ChangeReason.ENROLLED_IN_TREATMENT, d("2024-02-01"), null, null, CONTEXT).person();
        assertThat(located.stateAsOf(d("2024-01-31")).addictLocation()).isNull();
        assertThat(located.stateAsOf(d("2024-02-01")).addictLocation()).isEqualTo(AddictLocation.VOLUNTARY_REHAB);
        assertThat(located.history().getLast().event()).isInstanceOfSatisfying(AddictLocationChanged.class,
                e -> assertThat(e.from()).isEqualTo(AddictLocation.COMMUNITY));
    }

    @Test
    void aBackDatedLeaveThatWouldStrandALaterAddictLocationIsRefusedAtThatEntry() {
        PersonStory story = addictSince("2024-01-15").addictLocation(AddictLocation.PRISON, "2024-03-01");
        String location = story.entryOf(AddictLocationChanged.class);
        RuleViolation v = story.refuses(p -> leave(p, ChangeReason.DIED, "2024-02-01"));
        assertThat(v.rule()).isEqualTo("addict-location/addicts-only");
        assertThat(v.properties()).containsEntry("eventId", location).containsEntry("businessDate", "2024-03-01");
    }

    @Test
    void anAddictLocationChangeRecordsTheLocationOnItsDateNotTodays() {
        // in prison in February, off the lists from March, back on the ADDICT list (in the community) in June
        PersonStory story = addictSince("2024-01-15").addictLocation(AddictLocation.PRISON, "2024-02-01")
                .leftTheLists(ChangeReason.IMPRISONED, "2024-03-10")
                .movedTo(MainList.ADDICT, ChangeReason.ADDICTION_DETERMINED, "2024-06-01");
        assertThat(story.person().state().addictLocation()).isEqualTo(AddictLocation.COMMUNITY);

        Person moved = story.person().changeAddictLocation(AddictLocation.VOLUNTARY_REHAB,
                ChangeReason.ENROLLED_IN_TREATMENT, d("2024-02-20"), null, null, CONTEXT).person();
        assertThat(moved.history().getLast().event()).isInstanceOfSatisfying(AddictLocationChanged.class,
                e -> assertThat(e.from()).isEqualTo(AddictLocation.PRISON));
        assertThat(moved.stateAsOf(d("2024-02-20")).addictLocation()).isEqualTo(AddictLocation.VOLUNTARY_REHAB);
        assertThat(moved.state().addictLocation()).isEqualTo(AddictLocation.COMMUNITY);
        // while the person was on no list there was no addict location to change
        assertThat(story.refuses(p -> p.changeAddictLocation(AddictLocation.VOLUNTARY_REHAB,
                ChangeReason.ENROLLED_IN_TREATMENT, d("2024-04-01"), null, null, CONTEXT)).rule())
                .isEqualTo("addict-location/addicts-only");
    }

    @Test
    void aBackDatedListChangeIsJudgedByTheRulesOfItsDateAndLaterEntriesOfOtherKindsKeepTheirPlace() {
        // the person was a suspected user from 2021 (old law) and nothing happened on the lists since
        PersonStory story = suspectedUserSince("2021-03-01").movedAway("2024-01-01");
        Person illegal = story.person().changeList(new Person.ListChange(MainList.ILLEGAL_USER,
                ChangeReason.POSITIVE_TEST, d("2023-06-01"), "QĐ 3", null), CONTEXT).person();
        assertThat(illegal.history().getLast().event()).isInstanceOfSatisfying(PersonMovedToList.class, e -> {
            assertThat(e.fromList()).isEqualTo(MainList.SUSPECTED_USER);
            assertThat(e.ruleSet()).isEqualTo("law-73-2021");
            assertThat(e.periodEndsOn()).isEqualTo(d("2024-06-01"));
        });
        // the moved-away mark recorded earlier stays where it is, after the back-dated change
        assertThat(illegal.stateAsOf(d("2023-12-31")).presence()).isEqualTo(Presence.PRESENT);
        assertThat(illegal.state().presence()).isEqualTo(Presence.LEFT_PENDING_VERIFICATION);
    }

    @Test
    void aBackDatedChangeThatConflictsWithNothingIsAcceptedAndShowsOnItsDate() {
        // today is 2026-11-25; the person's latest entry is from 2026-11-20
        PersonStory story = suspectedUserSince("2024-01-10")
                .flag(Flag.METHADONE, true, ChangeReason.ENROLLED_IN_TREATMENT, "2026-11-20");

        Person tested = story.person().recordDrugTest(d("2026-10-19"), d("2026-10-20"), DrugTest.Sample.URINE,
                List.of(DrugTest.Substance.HEROIN), DrugTest.Result.POSITIVE, "PX 8", CONTEXT).person();
        assertThat(tested.stateAsOf(d("2026-10-19")).tests()).isEmpty();
        assertThat(tested.stateAsOf(d("2026-10-20")).tests()).singleElement()
                .satisfies(t -> assertThat(t.result()).isEqualTo(DrugTest.Result.POSITIVE));

        Person away = tested.markMovedAway(d("2026-10-25"), null, "mẹ báo", CONTEXT).person();
        assertThat(away.stateAsOf(d("2026-10-24")).presence()).isEqualTo(Presence.PRESENT);
        assertThat(away.stateAsOf(d("2026-10-25")).presence()).isEqualTo(Presence.LEFT_PENDING_VERIFICATION);
        assertThat(away.stateAsOf(d("2026-11-20")).flags()).containsExactly(Flag.METHADONE);
        assertThat(away.version()).isEqualTo(story.person().version() + 2);
        assertThat(away.history()).hasSize(story.person().history().size() + 2);
    }

    @Test
    void theExpiryOfAPeriodIsPlacedOnTheDayThePeriodEnded() {
        PersonStory story = suspectedUserSince("2024-01-10")
                .movedTo(MainList.ILLEGAL_USER, ChangeReason.POSITIVE_TEST, "2024-03-01")
                .movedAway("2025-05-01");
        Person expired = story.person().expirePeriod(d("2025-06-30"), CONTEXT).orElseThrow().person();
        assertThat(expired.stateAsOf(d("2025-02-28")).list()).isEqualTo(MainList.ILLEGAL_USER);
        assertThat(expired.stateAsOf(d("2025-03-01")).list()).isEqualTo(MainList.SUSPECTED_USER);
        assertThat(expired.stateAsOf(d("2025-05-01")).presence()).isEqualTo(Presence.LEFT_PENDING_VERIFICATION);
    }

    @Test
    void aMoveThatEndsAManagementPeriodBeforeItIsOverIsRefusedOnItsDate() {
        PersonStory story = suspectedUserSince("2024-01-10")
                .movedTo(MainList.ILLEGAL_USER, ChangeReason.POSITIVE_TEST, "2024-03-01");
        RuleViolation v = story.refuses(p -> p.changeList(new Person.ListChange(MainList.SUSPECTED_USER,
                ChangeReason.MANAGEMENT_PERIOD_EXPIRED, d("2024-12-01"), null, null), CONTEXT));
        assertThat(v.rule()).isEqualTo("law-73-2021/period-running");
        assertThat(v.properties()).containsEntry("periodEndsOn", "2025-03-01");
    }

    @Test
    void movedAwayMarksVerificationsAndReturnsFollowEachOtherOnEveryDate() {
        PersonStory story = suspectedUserSince("2024-01-10");
        assertThat(story.refuses(p -> p.verifyMove(d("2024-02-01"), "trưởng thôn", null, null, null, CONTEXT))
                .rule()).isEqualTo("moved-away/not-pending");
        assertThat(story.refuses(p -> p.markReturned(d("2024-02-01"), null, CONTEXT)).rule())
                .isEqualTo("moved-away/present");
        story.movedAway("2024-02-01");
        assertThat(story.refuses(p -> p.markMovedAway(d("2024-02-05"), null, null, CONTEXT)).rule())
                .isEqualTo("moved-away/already-away");
        assertThat(story.refuses(p -> p.markReturned(d("2024-01-20"), null, CONTEXT)).rule())
                .isEqualTo("history/order");
    }

    @Test
    void registrationWithAnInitialListIsJudgedByTheSameEngine() {
        assertThat(registrationRefused(new Person.ListChange(null, ChangeReason.MOVED_AWAY, d("2024-01-10"), null,
                null)).rule()).isEqualTo("list/unchanged");
        assertThat(registrationRefused(new Person.ListChange(MainList.SUSPECTED_USER,
                ChangeReason.MANAGEMENT_PERIOD_EXPIRED, d("2024-01-10"), null, null)).rule())
                .isEqualTo("law-73-2021/reason");
        assertThat(registrationRefused(new Person.ListChange(MainList.SUSPECTED_USER,
                ChangeReason.NEWLY_FOUND_BY_REVIEW, d("2008-12-31"), null, null)).rule())
                .isEqualTo("no-rules-in-force");
    }

    private static RuleViolation registrationRefused(Person.ListChange initialList) {
        return PersonListHistoryTest.violation(() -> Person.register(
                PersonRegistrationRulesTest.details("Vàng A Dở", 1993, Sex.MALE, null, "Bản Phố"), "HN-BL-VUBAN",
                PersonRegistrationRulesTest.PATH, initialList, CONTEXT));
    }

    private static Person.Change leave(Person p, ChangeReason reason, String date) {
        return p.changeList(new Person.ListChange(null, reason, d(date), "BB", null), CONTEXT);
    }
}
