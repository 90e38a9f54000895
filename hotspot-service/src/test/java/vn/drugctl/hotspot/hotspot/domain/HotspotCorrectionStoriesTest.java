package vn.drugctl.hotspot.hotspot.domain;

import org.junit.jupiter.api.Test;
import vn.drugctl.common.domain.InvalidField;
import vn.drugctl.common.domain.NotFound;
import vn.drugctl.common.domain.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.drugctl.hotspot.hotspot.domain.HotspotKind.RISK_POINT;
import static vn.drugctl.hotspot.hotspot.domain.HotspotReason.ACTIVITY_INCREASED;
import static vn.drugctl.hotspot.hotspot.domain.HotspotReason.BUSINESS_CLOSED;
import static vn.drugctl.hotspot.hotspot.domain.HotspotReason.NO_LONGER_ACTIVE;
import static vn.drugctl.hotspot.hotspot.domain.HotspotReason.REGULAR_PATROL_AND_CONTROL;
import static vn.drugctl.hotspot.hotspot.domain.HotspotStory.CONTEXT;
import static vn.drugctl.hotspot.hotspot.domain.HotspotStory.added;
import static vn.drugctl.hotspot.hotspot.domain.HotspotStory.d;
import static vn.drugctl.hotspot.hotspot.domain.HotspotStory.step;

class HotspotCorrectionStoriesTest {

    @Test
    void aVoidedNeutralisationLeavesThePointActiveAndItsEntryInTheHistory() {
        Hotspot point = added(RISK_POINT, "2024-01-10").neutralise(step(REGULAR_PATROL_AND_CONTROL, "2024-02-01"),
                CONTEXT).hotspot();
        String neutralisation = point.history().get(1).eventId();
        Hotspot corrected = point.correct(neutralisation, true, null, null, null, "nhập nhầm điểm", CONTEXT)
                .hotspot();
        assertThat(corrected.state().status()).isEqualTo(HotspotStatus.ACTIVE);
        assertThat(corrected.history()).hasSize(3);
        assertThat(corrected.history().get(2).event()).isInstanceOfSatisfying(HotspotEntryCorrected.class,
                c -> assertThat(c.correctsEventType()).isEqualTo("HotspotNeutralised"));
    }

    @Test
    void anAmendedDateOrReasonIsJudgedAgainAndABreakingOneIsRefused() {
        Hotspot point = added(RISK_POINT, "2024-01-10").neutralise(step(REGULAR_PATROL_AND_CONTROL, "2024-02-01"),
                CONTEXT).hotspot().remove(step(NO_LONGER_ACTIVE, "2024-04-01"), CONTEXT).hotspot();
        String neutralisation = point.history().get(1).eventId();

        Hotspot amended = point.correct(neutralisation, false, d("2024-03-01"), BUSINESS_CLOSED, null,
                "ngày theo biên bản", CONTEXT).hotspot();
        assertThat(amended.stateAsOf(d("2024-02-15")).status()).isEqualTo(HotspotStatus.ACTIVE);
        assertThat(amended.stateAsOf(d("2024-03-15")).statusReason()).isEqualTo(BUSINESS_CLOSED);

        RuleViolation after = catchThrowableOfType(RuleViolation.class, () -> point.correct(neutralisation, false,
                d("2024-05-01"), null, null, "sai ngày", CONTEXT));
        assertThat(after.rule()).isEqualTo("guidance-689-2023/step");
        assertThat(after.getMessage()).contains("a REMOVED point cannot be neutralised");

        assertThat(catchThrowableOfType(RuleViolation.class, () -> point.correct(neutralisation, false, null,
                ACTIVITY_INCREASED, null, "lý do khác", CONTEXT)).rule()).isEqualTo("guidance-689-2023/reason");
    }

    @Test
    void theAdditionIsAmendedNotVoidedAndUnknownOrEmptyCorrectionsAreRefused() {
        Hotspot point = added(RISK_POINT, "2024-01-10");
        String addition = point.history().getFirst().eventId();
        assertThat(catchThrowableOfType(RuleViolation.class, () -> point.correct(addition, true, null, null, null,
                "xóa", CONTEXT)).rule()).isEqualTo("correction/addition-not-voidable");
        assertThat(point.correct(addition, false, d("2023-12-01"), null, null, "phát hiện sớm hơn", CONTEXT)
                .hotspot().state().addedOn()).isEqualTo(d("2023-12-01"));
        assertThat(catchThrowableOfType(NotFound.class, () -> point.correct("nope", true, null, null, null, "x",
                CONTEXT))).isNotNull();
        assertThat(catchThrowableOfType(InvalidField.class, () -> point.correct(addition, false, null, null, null,
                "không gì", CONTEXT)).field()).isEqualTo("voided");
        assertThat(catchThrowableOfType(InvalidField.class, () -> point.correct(addition, false, d("2024-01-01"),
                null, null, " ", CONTEXT)).field()).isEqualTo("note");
    }
}
