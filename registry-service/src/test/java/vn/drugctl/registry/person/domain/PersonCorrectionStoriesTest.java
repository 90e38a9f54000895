package vn.drugctl.registry.person.domain;

import org.junit.jupiter.api.Test;
import vn.drugctl.common.domain.RuleViolation;

import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.drugctl.registry.person.domain.PersonRegistrationRulesTest.CONTEXT;
import static vn.drugctl.registry.person.domain.PersonRegistrationRulesTest.details;
import static vn.drugctl.registry.person.domain.PersonStory.addictSince;
import static vn.drugctl.registry.person.domain.PersonStory.d;
import static vn.drugctl.registry.person.domain.PersonStory.suspectedUserSince;

/**
 * Corrections go through the same engine as new changes: the corrected history must be valid on every date, and a
 * refused correction appends nothing.
 */
class PersonCorrectionStoriesTest {

    static PersonStory leftAsMovedAway() {
        return suspectedUserSince("2025-01-10").movedAway("2025-02-01").moveVerified("2025-02-15")
                .leftTheLists(ChangeReason.MOVED_AWAY, "2025-02-20");
    }

    @Test
    void aCorrectionThatMovesTheVerificationAfterTheLeaveIsRefusedAndAppendsNothing() {
        PersonStory story = leftAsMovedAway();
        String verification = story.entryOf(PersonMoveVerified.class);
        String leave = story.entryOf(PersonLeftList.class);

        RuleViolation v = story.refuses(p -> p.correct(verification, false, d("2025-02-25"), null, null,
                "ngày biên bản xác minh nhập sai", CONTEXT));
        assertThat(v.rule()).isEqualTo("moved-away/verification-required");
        assertThat(v.properties()).containsEntry("eventId", leave).containsEntry("businessDate", "2025-02-20");

        // moving it earlier, still after the mark, is fine
        Person corrected = story.person().correct(verification, false, d("2025-02-10"), null, null,
                "ngày biên bản xác minh nhập sai", CONTEXT).person();
        assertThat(corrected.stateAsOf(d("2025-02-10")).presence()).isEqualTo(Presence.VERIFIED_MOVED);
        assertThat(corrected.history()).hasSize(story.person().history().size() + 1);
    }

    @Test
    void aCorrectionThatVoidsTheVerificationIsRefused() {
        PersonStory story = leftAsMovedAway();
        String verification = story.entryOf(PersonMoveVerified.class);
        RuleViolation v = story.refuses(p -> p.correct(verification, true, null, null, null, "nhầm người",
                CONTEXT));
        assertThat(v.rule()).isEqualTo("moved-away/verification-required");
        assertThat(v.getMessage()).contains("LEFT_PENDING_VERIFICATION");
    }

    @Test
    void aCorrectionThatMovesTheMarkAfterTheVerificationIsRefused() {
        PersonStory story = leftAsMovedAway();
        String mark = story.entryOf(PersonMarkedMovedAway.class);
        assertThat(story.refuses(p -> p.correct(mark, false, d("2025-02-16"), null, null, "ngày", CONTEXT)).rule())
                .isEqualTo("moved-away/not-pending");
    }

    @Test
    void voidingTheMoveToCompulsoryRehabOfAnAdmissionIsRefused() {
        PersonStory story = addictSince("2024-01-15").dossierOpened("2024-02-01")
                .dossier(RehabDossier.Stage.COURT_DECIDED, "2024-03-01")
                .dossier(RehabDossier.Stage.ADMITTED, "2024-03-10");
        String location = story.entryOf(AddictLocationChanged.class);
        String admission = story.entryOf(RehabDossierChanged.class);
        RuleViolation v = story.refuses(p -> p.correct(location, true, null, null, null, "thừa", CONTEXT));
        assertThat(v.rule()).isEqualTo("rehab-dossier/admission-location");
        assertThat(v.properties()).containsEntry("eventId", admission)
                .containsEntry("dossierId", story.dossierId());
    }

    @Test
    void reDatingAReleaseReDatesTheMoveToPostRehabItCausedInTheSameWrite() {
        PersonStory story = addictSince("2024-01-15").dossierOpened("2024-02-01")
                .dossier(RehabDossier.Stage.COURT_DECIDED, "2024-03-01")
                .dossier(RehabDossier.Stage.ADMITTED, "2024-03-10")
                .dossier(RehabDossier.Stage.RELEASED, "2025-03-10");
        String release = story.entryOf(RehabDossierChanged.class);
        String move = story.entryOf(PersonMovedToList.class);

        // the move alone on another day would leave the person released but still an addict
        RuleViolation alone = story.refuses(p -> p.correct(move, false, d("2025-03-12"), null, null, "ngày",
                CONTEXT));
        assertThat(alone.rule()).isEqualTo("rehab-dossier/release-list");
        assertThat(alone.properties()).containsEntry("eventId", release);

        Person.Change change = story.person().correct(release, false, d("2025-03-12"), null, null, "ngày GCN",
                CONTEXT);
        assertThat(change.events()).hasSize(2).allSatisfy(e -> assertThat(e).isInstanceOf(EntryCorrected.class))
                .extracting(e -> ((EntryCorrected) e).correctsEventId()).containsExactly(release, move);
        Person corrected = change.person();
        assertThat(corrected.stateAsOf(d("2025-03-11")).list()).isEqualTo(MainList.ADDICT);
        assertThat(corrected.state().list()).isEqualTo(MainList.POST_REHAB);
        assertThat(corrected.state().periodEndsOn()).isEqualTo(d("2027-03-12"));

        // voiding the release takes the move back with it, and restoring the release brings it back
        Person voided = corrected.correct(release, true, null, null, null, "chưa chấp hành xong", CONTEXT).person();
        assertThat(voided.state().list()).isEqualTo(MainList.ADDICT);
        assertThat(voided.state().dossier(story.dossierId()).stage()).isEqualTo(RehabDossier.Stage.ADMITTED);
        Person restored = voided.correct(release, false, d("2025-03-10"), null, null, "đã chấp hành xong", CONTEXT)
                .person();
        assertThat(restored.state().list()).isEqualTo(MainList.POST_REHAB);
        assertThat(restored.state().onListSince()).isEqualTo(d("2025-03-10"));
    }

    @Test
    void aSecondCorrectionThatRestoresTheRecordedDateIsJudgedFromTheEarlierDate() {
        // the move to ADDICT was recorded as 03-01, corrected to 02-01; a location change of 02-15 then relied on it
        PersonStory story = suspectedUserSince("2024-01-10")
                .movedTo(MainList.ADDICT, ChangeReason.ADDICTION_DETERMINED, "2024-03-01");
        String move = story.entryOf(PersonMovedToList.class);
        story.then(p -> p.correct(move, false, d("2024-02-01"), null, null, "ngày quyết định", CONTEXT))
                .addictLocation(AddictLocation.PRISON, "2024-02-15");

        // a correction gives the values the entry should have had; an omitted date is the recorded one (03-01)
        RuleViolation v = story.refuses(p -> p.correct(move, false, null, null, "QĐ 9/QĐ-UBND", "số quyết định",
                CONTEXT));
        assertThat(v.rule()).isEqualTo("addict-location/addicts-only");
        assertThat(v.properties()).containsEntry("businessDate", "2024-02-15");
    }

    @Test
    void correctingADrugTestIsNotBlockedByTheRules() {
        PersonStory story = suspectedUserSince("2024-01-10")
                .then(p -> p.recordDrugTest(d("2024-02-01"), d("2024-02-01"), DrugTest.Sample.URINE, null,
                        DrugTest.Result.NEGATIVE, null, CONTEXT));
        String test = story.entryOf(DrugTestRecorded.class);
        Person corrected = story.person().correct(test, false, d("2024-01-05"), null, null, "ngày test", CONTEXT)
                .person();
        assertThat(corrected.stateAsOf(d("2024-01-05")).tests()).hasSize(1);
    }

    @Test
    void theReviewsBadHistoryStoredBeforeTheJudgeIsRepairedByCorrectingTheLeave() {
        // stored by the old code: the leave dated 02-05 although the move was verified only on 02-15
        String id = "p-review";
        PersonStory story = PersonStory.stored(
                PersonRegistered.of(id, d("2025-01-10"), details("Hoàng Văn Sinh", 1989, Sex.MALE, null, "Thôn 1"),
                        "HN-BL-VUBAN"),
                new PersonMovedToList(id, d("2025-01-10"), null, MainList.SUSPECTED_USER,
                        ChangeReason.NEWLY_FOUND_BY_REVIEW, null, null, null, null, "law-73-2021"),
                new PersonMarkedMovedAway(id, d("2025-02-01"), null, null),
                new PersonMoveVerified(id, d("2025-02-15"), "trưởng thôn", null, null, null),
                new PersonLeftList(id, d("2025-02-05"), MainList.SUSPECTED_USER, ChangeReason.MOVED_AWAY, null, null,
                        "law-73-2021"));
        String leave = story.entryOf(PersonLeftList.class);

        // a change before the bad date is judged over it and refused; a later, unrelated one is not blamed for it
        assertThat(story.refuses(p -> p.setFlag(Flag.METHADONE, true, ChangeReason.ENROLLED_IN_TREATMENT,
                d("2025-02-03"), null, null, CONTEXT)).rule()).isEqualTo("moved-away/verification-required");
        story.returned("2025-03-01");

        Person repaired = story.person().correct(leave, false, d("2025-02-16"), null, null,
                "ngày ra khỏi diện sau xác minh", CONTEXT).person();
        assertThat(repaired.stateAsOf(d("2025-02-10")).list()).isEqualTo(MainList.SUSPECTED_USER);
        assertThat(repaired.stateAsOf(d("2025-02-16")).list()).isNull();
        // and the whole history is now valid: a change dated before everything is judged over all of it
        assertThat(repaired.setFlag(Flag.METHADONE, true, ChangeReason.ENROLLED_IN_TREATMENT, d("2025-01-20"),
                null, null, CONTEXT).person().stateAsOf(d("2025-01-20")).flags()).containsExactly(Flag.METHADONE);
    }

    @Test
    void aCorrectionOfAnIllegalUsersMoveKeepsTheManagementPeriodOfItsNewDate() {
        PersonStory story = suspectedUserSince("2024-01-10")
                .movedTo(MainList.ILLEGAL_USER, ChangeReason.POSITIVE_TEST, "2024-03-01");
        String move = story.entryOf(PersonMovedToList.class);
        Person corrected = story.person().correct(move, false, d("2024-02-20"), null, null, "ngày", CONTEXT)
                .person();
        assertThat(corrected.history().getLast().event()).isInstanceOf(EntryCorrected.class);
        assertThat(((PersonMovedToList) corrected.history().get(2).event()).managementPeriod())
                .isEqualTo(Period.ofYears(1));
        assertThat(corrected.state().periodEndsOn()).isEqualTo(d("2025-02-20"));
        // re-dating it before the suspected-user entry makes the later entry a forbidden move
        assertThat(story.refuses(p -> p.correct(move, false, d("2024-01-05"), null, null, "ngày", CONTEXT)).rule())
                .isEqualTo("law-73-2021/reason");
    }
}
