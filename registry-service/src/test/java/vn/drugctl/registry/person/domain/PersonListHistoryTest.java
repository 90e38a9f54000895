package vn.drugctl.registry.person.domain;

import org.junit.jupiter.api.Test;
import vn.drugctl.common.domain.RuleViolation;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.drugctl.registry.person.domain.PersonRegistrationRulesTest.CONTEXT;
import static vn.drugctl.registry.person.domain.PersonRegistrationRulesTest.PATH;
import static vn.drugctl.registry.person.domain.PersonRegistrationRulesTest.details;

/** Lists, transitions, dated rules, history, corrections and management periods, as stories. */
class PersonListHistoryTest {
    static Person suspectedUserSince(LocalDate date) {
        return Person.register(details("Phùng Văn Hải", 1994, Sex.MALE, null, "Thôn 4"), "HN-BL-VUBAN", PATH,
                new Person.ListChange(MainList.SUSPECTED_USER, ChangeReason.NEWLY_FOUND_BY_REVIEW, date, "BC 01/CAX",
                        null), CONTEXT).person();
    }

    static Person move(Person p, MainList to, ChangeReason reason, String date) {
        return p.changeList(new Person.ListChange(to, reason, LocalDate.parse(date), "QĐ", null), CONTEXT).person();
    }

    static RuleViolation violation(Runnable change) {
        try {
            change.run();
        } catch (RuleViolation e) {
            return e;
        }
        throw new AssertionError("expected a rule violation");
    }

    @Test
    void illegalUserWhosePeriodEndsMovesToTheSuspectedUserListOnceAndOnlyOnce() {
        Person p = move(suspectedUserSince(LocalDate.of(2024, 1, 10)), MainList.ILLEGAL_USER,
                ChangeReason.POSITIVE_TEST, "2024-03-01");
        assertThat(p.state().periodEndsOn()).isEqualTo(LocalDate.of(2025, 3, 1));

        assertThat(p.expirePeriod(LocalDate.of(2025, 2, 28), CONTEXT)).isEmpty();
        Person.Change expired = p.expirePeriod(LocalDate.of(2025, 6, 30), CONTEXT).orElseThrow();

        assertThat(expired.events()).singleElement().isInstanceOfSatisfying(PersonMovedToList.class, e -> {
            assertThat(e.fromList()).isEqualTo(MainList.ILLEGAL_USER);
            assertThat(e.toList()).isEqualTo(MainList.SUSPECTED_USER);
            assertThat(e.reason()).isEqualTo(ChangeReason.MANAGEMENT_PERIOD_EXPIRED);
            assertThat(e.businessDate()).isEqualTo(LocalDate.of(2025, 3, 1));
        });
        Person after = expired.person();
        assertThat(after.state().list()).isEqualTo(MainList.SUSPECTED_USER);
        assertThat(after.state().periodEndsOn()).isNull();
        assertThat(after.expirePeriod(LocalDate.of(2025, 6, 30), CONTEXT)).isEmpty();
    }

    @Test
    void postRehabPersonWhosePeriodEndsLeavesTheLists() {
        Person p = Person.register(details("Lê Thị Thu", 1988, Sex.FEMALE, null, "Xóm Đông"), "HN-BL-VUBAN", PATH,
                new Person.ListChange(MainList.POST_REHAB, ChangeReason.RELEASED_FROM_COMPULSORY_REHAB,
                        LocalDate.of(2023, 5, 2), "GCN 11", null), CONTEXT).person();
        assertThat(p.state().periodEndsOn()).isEqualTo(LocalDate.of(2025, 5, 2));
        Person after = p.expirePeriod(TODAY(), CONTEXT).orElseThrow().person();
        assertThat(after.state().list()).isNull();
        assertThat(after.state().listReason()).isEqualTo(ChangeReason.MANAGEMENT_PERIOD_EXPIRED);
    }

    @Test
    void aForbiddenMoveNamesTheRuleAndTheRuleSet() {
        Person p = suspectedUserSince(LocalDate.of(2024, 1, 10));
        RuleViolation forbidden = violation(() -> move(p, MainList.POST_REHAB, ChangeReason.NEWLY_FOUND_BY_REVIEW,
                "2024-02-01"));
        assertThat(forbidden.rule()).isEqualTo("law-73-2021/transition");
        assertThat(forbidden.getMessage()).contains("SUSPECTED_USER", "POST_REHAB", "2022-01-01");

        RuleViolation wrongReason = violation(() -> move(p, MainList.ILLEGAL_USER, ChangeReason.DIED, "2024-02-01"));
        assertThat(wrongReason.rule()).isEqualTo("law-73-2021/reason");
        assertThat(wrongReason.properties()).containsKey("allowedReasons");
    }

    @Test
    void aChangeIsJudgedByTheRulesInForceOnItsBusinessDate() {
        // the illegal-user list came with Law 73/2021 (in force 1 January 2022)
        Person before2022 = suspectedUserSince(LocalDate.of(2021, 3, 1));
        assertThat(violation(() -> move(before2022, MainList.ILLEGAL_USER, ChangeReason.POSITIVE_TEST, "2021-06-01"))
                .rule()).isEqualTo("law-2000-2008/transition");
        assertThat(move(before2022, MainList.ILLEGAL_USER, ChangeReason.POSITIVE_TEST, "2022-02-01").state().list())
                .isEqualTo(MainList.ILLEGAL_USER);
        assertThat(violation(() -> suspectedUserSince(LocalDate.of(2005, 1, 1))).rule()).isEqualTo("no-rules-in-force");
    }

    @Test
    void aBusinessDateInTheFutureIsRefusedNamingTheField() {
        Person p = suspectedUserSince(LocalDate.of(2024, 1, 10));
        assertThatThrownBy(() -> move(p, MainList.ILLEGAL_USER, ChangeReason.POSITIVE_TEST, "2026-11-26"))
                .isInstanceOfSatisfying(InvalidPersonData.class, e -> assertThat(e.field()).isEqualTo("businessDate"));
    }

    @Test
    void aListChangeDatedBeforeTheLatestOneIsRefusedPointingToCorrections() {
        Person p = move(suspectedUserSince(LocalDate.of(2024, 1, 10)), MainList.ILLEGAL_USER,
                ChangeReason.POSITIVE_TEST, "2024-03-01");
        RuleViolation v = violation(() -> move(p, MainList.ADDICT, ChangeReason.ADDICTION_DETERMINED, "2024-02-01"));
        assertThat(v.rule()).isEqualTo("history/order");
        assertThat(v.getMessage()).contains("correct");
    }

    @Test
    void stateAsOfADateReplaysTheHistoryUpToThatDay() {
        Person p = move(move(suspectedUserSince(LocalDate.of(2024, 1, 10)), MainList.ILLEGAL_USER,
                ChangeReason.POSITIVE_TEST, "2024-03-01"), MainList.ADDICT, ChangeReason.ADDICTION_DETERMINED,
                "2024-09-15");
        assertThat(p.stateAsOf(LocalDate.of(2024, 1, 9)).list()).isNull();
        assertThat(p.stateAsOf(LocalDate.of(2024, 1, 10)).list()).isEqualTo(MainList.SUSPECTED_USER);
        assertThat(p.stateAsOf(LocalDate.of(2024, 6, 30)).list()).isEqualTo(MainList.ILLEGAL_USER);
        assertThat(p.stateAsOf(LocalDate.of(2024, 6, 30)).periodEndsOn()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(p.state().list()).isEqualTo(MainList.ADDICT);
        assertThat(p.state().addictLocation()).isEqualTo(AddictLocation.COMMUNITY);
        assertThat(p.history()).hasSize(4);
    }

    @Test
    void aCorrectionIsANewEntryThatAmendsOrVoidsTheOneItPointsAt() {
        Person p = move(suspectedUserSince(LocalDate.of(2024, 1, 10)), MainList.ILLEGAL_USER,
                ChangeReason.POSITIVE_TEST, "2024-03-01");
        HistoryEntry wrong = p.history().getLast();

        Person amended = p.correct(wrong.eventId(), false, LocalDate.of(2024, 2, 20), null, "QĐ 15/QĐ-UBND",
                "typed the wrong date", CONTEXT).person();
        assertThat(amended.history()).hasSize(p.history().size() + 1);
        assertThat(amended.history().get(2)).isEqualTo(wrong);
        assertThat(amended.state().onListSince()).isEqualTo(LocalDate.of(2024, 2, 20));
        assertThat(amended.state().periodEndsOn()).isEqualTo(LocalDate.of(2025, 2, 20));
        assertThat(amended.state().listDocumentRef()).isEqualTo("QĐ 15/QĐ-UBND");
        assertThat(amended.stateAsOf(LocalDate.of(2024, 2, 25)).list()).isEqualTo(MainList.ILLEGAL_USER);

        Person voided = amended.correct(wrong.eventId(), true, null, null, null, "not this person", CONTEXT).person();
        assertThat(voided.state().list()).isEqualTo(MainList.SUSPECTED_USER);
        assertThat(voided.history()).hasSize(5);
    }

    @Test
    void aCorrectionThatWouldBreakTheRulesIsRefused() {
        Person p = move(move(suspectedUserSince(LocalDate.of(2024, 1, 10)), MainList.ILLEGAL_USER,
                ChangeReason.POSITIVE_TEST, "2024-03-01"), MainList.ADDICT, ChangeReason.ADDICTION_DETERMINED,
                "2024-09-15");
        String registrationToSuspected = p.history().get(1).eventId();
        // without the suspected-user entry the person would go from no list to illegal user for a positive test:
        // allowed; but voiding the move to illegal user AND re-dating addiction before the first list is not
        RuleViolation v = violation(() -> p.correct(p.history().get(3).eventId(), false, LocalDate.of(2023, 1, 1),
                null, null, "date", CONTEXT));
        assertThat(v.rule()).startsWith("law-73-2021/");
        assertThat(p.correct(registrationToSuspected, true, null, null, null, "duplicate entry", CONTEXT).person()
                .state().list()).isEqualTo(MainList.ADDICT);
    }

    @Test
    void movingAwayEndsInRemovalOnlyAfterVerification() {
        Person p = suspectedUserSince(LocalDate.of(2024, 1, 10));
        assertThat(violation(() -> move(p, null, ChangeReason.MOVED_AWAY, "2024-05-01")).rule())
                .isEqualTo("moved-away/verification-required");

        Person away = p.markMovedAway(LocalDate.of(2024, 4, 1), new Residence("Tổ 5", "TN-GIASANG"), "gia đình báo",
                CONTEXT).person();
        assertThat(away.state().presence()).isEqualTo(Presence.LEFT_PENDING_VERIFICATION);
        Person verified = away.verifyMove(LocalDate.of(2024, 4, 20), "mẹ đẻ và trưởng thôn", null, "BB 03/CAX", null,
                CONTEXT).person();
        assertThat(verified.state().presence()).isEqualTo(Presence.VERIFIED_MOVED);
        assertThat(verified.state().movedTo().unitCode()).isEqualTo("TN-GIASANG");
        Person removed = move(verified, null, ChangeReason.MOVED_AWAY, "2024-05-01");
        assertThat(removed.state().list()).isNull();

        Person back = away.markReturned(LocalDate.of(2024, 6, 1), null, CONTEXT).person();
        assertThat(back.state().presence()).isEqualTo(Presence.PRESENT);
        assertThat(violation(() -> back.verifyMove(LocalDate.of(2024, 6, 2), "trưởng thôn", null, null, null,
                CONTEXT)).rule()).isEqualTo("moved-away/not-pending");
    }

    @Test
    void aRehabDossierGoesThroughItsStagesAndReleaseMovesThePersonToPostRehab() {
        Person addict = move(suspectedUserSince(LocalDate.of(2024, 1, 10)), MainList.ADDICT,
                ChangeReason.ADDICTION_DETERMINED, "2024-02-01");
        Person opened = addict.openRehabDossier(LocalDate.of(2024, 2, 5), "HS 07", null, CONTEXT).person();
        String dossier = opened.state().dossiers().getFirst().dossierId();
        assertThat(violation(() -> opened.advanceRehabDossier(dossier, RehabDossier.Stage.ADMITTED,
                LocalDate.of(2024, 2, 6), null, null, CONTEXT)).rule()).isEqualTo("rehab-dossier/stage-order");
        assertThat(violation(() -> opened.openRehabDossier(LocalDate.of(2024, 2, 6), null, null, CONTEXT)).rule())
                .isEqualTo("rehab-dossier/one-open");

        Person decided = opened.advanceRehabDossier(dossier, RehabDossier.Stage.COURT_DECIDED,
                LocalDate.of(2024, 3, 1), "QĐ 21/TA", null, CONTEXT).person();
        Person admitted = decided.advanceRehabDossier(dossier, RehabDossier.Stage.ADMITTED, LocalDate.of(2024, 3, 10),
                null, null, CONTEXT).person();
        assertThat(admitted.state().addictLocation()).isEqualTo(AddictLocation.COMPULSORY_REHAB);
        Person.Change release = admitted.advanceRehabDossier(dossier, RehabDossier.Stage.RELEASED,
                LocalDate.of(2025, 3, 10), "GCN 99", null, CONTEXT);
        assertThat(release.events()).hasSize(2);
        RegistryState after = release.person().state();
        assertThat(after.list()).isEqualTo(MainList.POST_REHAB);
        assertThat(after.listReason()).isEqualTo(ChangeReason.RELEASED_FROM_COMPULSORY_REHAB);
        assertThat(after.periodEndsOn()).isEqualTo(LocalDate.of(2027, 3, 10));
        assertThat(after.addictLocation()).isNull();
        assertThat(after.dossier(dossier).steps()).extracting(RehabDossier.Step::stage).containsExactly(
                RehabDossier.Stage.CREATED, RehabDossier.Stage.COURT_DECIDED, RehabDossier.Stage.ADMITTED,
                RehabDossier.Stage.RELEASED);
        assertThat(violation(() -> suspectedUserSince(LocalDate.of(2024, 1, 10)).openRehabDossier(
                LocalDate.of(2024, 2, 5), null, null, CONTEXT)).rule()).isEqualTo("rehab-dossier/addicts-only");
    }

    @Test
    void flagsNeedAnAllowedReasonAndCannotBeSetTwice() {
        Person p = suspectedUserSince(LocalDate.of(2024, 1, 10));
        Person methadone = p.setFlag(Flag.METHADONE, true, ChangeReason.ENROLLED_IN_TREATMENT, LocalDate.of(2024, 2, 1),
                "DS Y tế", null, CONTEXT).person();
        assertThat(methadone.state().flags()).containsExactly(Flag.METHADONE);
        assertThat(violation(() -> methadone.setFlag(Flag.METHADONE, true, ChangeReason.ENROLLED_IN_TREATMENT,
                LocalDate.of(2024, 2, 2), null, null, CONTEXT)).rule()).isEqualTo("flag/already-set");
        assertThat(violation(() -> p.setFlag(Flag.DRUG_PSYCHOSIS, true, ChangeReason.DIED, LocalDate.of(2024, 2, 1),
                null, null, CONTEXT)).rule()).isEqualTo("law-73-2021/flag-reason");
        assertThat(methadone.setFlag(Flag.METHADONE, false, ChangeReason.LEFT_TREATMENT, LocalDate.of(2024, 8, 1),
                null, null, CONTEXT).person().state().flags()).isEmpty();
    }

    @Test
    void aDrugTestNamesTheFieldThatIsWrong() {
        Person p = suspectedUserSince(LocalDate.of(2024, 1, 10));
        assertThatThrownBy(() -> p.recordDrugTest(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 2),
                DrugTest.Sample.URINE, null, DrugTest.Result.POSITIVE, null, CONTEXT))
                .isInstanceOfSatisfying(InvalidPersonData.class, e -> assertThat(e.field()).isEqualTo("substances"));
        assertThatThrownBy(() -> p.recordDrugTest(LocalDate.of(2024, 2, 3), LocalDate.of(2024, 2, 2),
                DrugTest.Sample.URINE, null, DrugTest.Result.NEGATIVE, null, CONTEXT))
                .isInstanceOfSatisfying(InvalidPersonData.class, e -> assertThat(e.field()).isEqualTo("testDate"));
        Person tested = p.recordDrugTest(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 2), DrugTest.Sample.URINE,
                java.util.List.of(DrugTest.Substance.METHAMPHETAMINE), DrugTest.Result.POSITIVE, "PX 5", CONTEXT)
                .person();
        assertThat(tested.state().tests()).singleElement().satisfies(t -> {
            assertThat(t.result()).isEqualTo(DrugTest.Result.POSITIVE);
            assertThat(t.testDate()).isEqualTo(LocalDate.of(2024, 2, 2));
        });
        assertThat(Optional.of(tested.state().list())).contains(MainList.SUSPECTED_USER);
    }

    private static LocalDate TODAY() {
        return PersonRegistrationRulesTest.TODAY;
    }
}
