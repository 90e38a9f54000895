package vn.drugctl.hotspot.surveillance.domain;

import org.junit.jupiter.api.Test;
import vn.drugctl.common.domain.InvalidField;
import vn.drugctl.common.domain.RuleViolation;
import vn.drugctl.common.events.Actor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stories of a surveillance record: opened, reclassified, closed, corrected, and what it was on any date. */
class SurveillanceRecordStoriesTest {
    static final LocalDate TODAY = LocalDate.of(2024, 12, 7);
    static final Set<ClosingReason> ALL = EnumSet.allOf(ClosingReason.class);
    /** Before 2024: a chuyên án may not watch a single person; after: it may. A hiềm nghi is never classified. */
    static final SurveillanceRules RULES = new SurveillanceRules(List.of(
            new SurveillanceRules.RuleSet("old", LocalDate.of(2015, 1, 1), null, Map.of(
                    SurveillanceKind.SUU_TRA, new SurveillanceRules.KindRule(Set.of(SubjectType.PERSON), true, ALL),
                    SurveillanceKind.HIEM_NGHI, new SurveillanceRules.KindRule(Set.of(SubjectType.PERSON), false,
                            Set.of(ClosingReason.PROSECUTED, ClosingReason.NO_LONGER_SUSPECTED)),
                    SurveillanceKind.CHUYEN_AN, new SurveillanceRules.KindRule(Set.of(SubjectType.GROUP), false,
                            Set.of(ClosingReason.CASE_CONCLUDED)))),
            new SurveillanceRules.RuleSet("new", LocalDate.of(2024, 1, 1), null, Map.of(
                    SurveillanceKind.SUU_TRA, new SurveillanceRules.KindRule(Set.of(SubjectType.PERSON), true, ALL),
                    SurveillanceKind.CHUYEN_AN, new SurveillanceRules.KindRule(
                            Set.of(SubjectType.GROUP, SubjectType.PERSON), false, Set.of(ClosingReason.CASE_CONCLUDED))))));
    static final SurveillanceRecord.Context CTX = new SurveillanceRecord.Context(RULES, TODAY,
            Instant.parse("2024-12-07T03:00:00Z"), new Actor("sub", "officer", "HN-BL-VUBAN"));
    static final SurveillanceSubject PERSON = new SurveillanceSubject(SubjectType.PERSON, null, "Lê Thị Mẫu", 1990,
            "Thôn 1", null, null, null);
    static final Classification DM1_H2_A = new Classification(SurveillanceCategory.DM1, SurveillanceSystem.H2,
            SurveillanceClass.A);
    static final Classification DM3_H2_B = new Classification(SurveillanceCategory.DM3, SurveillanceSystem.H2,
            SurveillanceClass.B);

    static SurveillanceRecord profile(LocalDate openedOn) {
        return SurveillanceRecord.open(SurveillanceKind.SUU_TRA, PERSON, DM1_H2_A, openedOn, "Rà soát mới", "QĐ 1",
                "HN-BL-VUBAN", List.of("HN", "HN-BL", "HN-BL-VUBAN"), CTX).record();
    }

    @Test
    void aProfileReclassifiedThenClosedIsCountedWhereItWasOnEachDate() {
        SurveillanceRecord r = profile(LocalDate.of(2024, 10, 1))
                .reclassify(DM3_H2_B, LocalDate.of(2024, 11, 1), "Đánh giá lại", null, CTX).record()
                .close(ClosingReason.PROSECUTED, LocalDate.of(2024, 12, 1), "QĐ khởi tố 7", null, CTX).record();

        assertThat(r.stateAsOf(LocalDate.of(2024, 9, 30)).existed()).isFalse();
        assertThat(r.stateAsOf(LocalDate.of(2024, 10, 15)).classification()).isEqualTo(DM1_H2_A);
        assertThat(r.stateAsOf(LocalDate.of(2024, 11, 1)).classification()).isEqualTo(DM3_H2_B);
        assertThat(r.stateAsOf(LocalDate.of(2024, 11, 30)).status()).isEqualTo(SurveillanceStatus.OPEN);
        SurveillanceState closed = r.stateAsOf(LocalDate.of(2024, 12, 1));
        assertThat(closed.status()).isEqualTo(SurveillanceStatus.CLOSED);
        assertThat(closed.closingReason()).isEqualTo(ClosingReason.PROSECUTED);
        assertThat(closed.classification()).isEqualTo(DM3_H2_B);
    }

    @Test
    void aProfileNeedsItsCategorySystemAndClassUnderTheRulesOfItsDate() {
        assertThatThrownBy(() -> SurveillanceRecord.open(SurveillanceKind.SUU_TRA, PERSON, null,
                LocalDate.of(2024, 10, 1), "Rà soát", null, "U", List.of("U"), CTX))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("rule", "new/classification-required");
        assertThatThrownBy(() -> SurveillanceRecord.open(SurveillanceKind.SUU_TRA, PERSON,
                new Classification(SurveillanceCategory.DM1, null, SurveillanceClass.A), LocalDate.of(2024, 10, 1),
                "Rà soát", null, "U", List.of("U"), CTX))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "classification.system");
    }

    @Test
    void aSingleSuspectChuyenAnIsAllowedOnlyFromTheDateTheNewRulesTakeEffect() {
        assertThatThrownBy(() -> SurveillanceRecord.open(SurveillanceKind.CHUYEN_AN, PERSON, null,
                LocalDate.of(2023, 12, 31), "Xác lập", null, "U", List.of("U"), CTX))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("rule", "old/subject");
        assertThat(SurveillanceRecord.open(SurveillanceKind.CHUYEN_AN, PERSON, null, LocalDate.of(2024, 1, 1),
                "Xác lập", null, "U", List.of("U"), CTX).record().state().status()).isEqualTo(SurveillanceStatus.OPEN);
        assertThatThrownBy(() -> SurveillanceRecord.open(SurveillanceKind.HIEM_NGHI, PERSON, null,
                LocalDate.of(2024, 2, 1), "Xác lập", null, "U", List.of("U"), CTX))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("rule", "new/kind");
    }

    @Test
    void aClosingReasonOutsideTheKindsListIsRefusedNamingTheRule() {
        SurveillanceRecord r = SurveillanceRecord.open(SurveillanceKind.HIEM_NGHI, PERSON, null,
                LocalDate.of(2023, 6, 1), "Xác lập trên không gian mạng", null, "U", List.of("U"), CTX).record();
        assertThatThrownBy(() -> r.close(ClosingReason.DIED, LocalDate.of(2023, 7, 1), null, null, CTX))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("rule", "old/closing-reason");
    }

    @Test
    void nothingHappensToARecordBeforeItsOpeningOrAfterItsClosing() {
        SurveillanceRecord r = profile(LocalDate.of(2024, 10, 1));
        assertThatThrownBy(() -> r.close(ClosingReason.DIED, LocalDate.of(2024, 9, 1), null, null, CTX))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("rule", "surveillance/not-open");
        SurveillanceRecord closed = r.close(ClosingReason.DIED, LocalDate.of(2024, 11, 1), null, null, CTX).record();
        assertThatThrownBy(() -> closed.reclassify(DM3_H2_B, LocalDate.of(2024, 11, 2), "x", null, CTX))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("rule", "surveillance/not-open");
        assertThatThrownBy(() -> r.close(ClosingReason.DIED, TODAY.plusDays(1), null, null, CTX))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "businessDate");
    }

    @Test
    void aWrongClosingVoidedReopensTheRecordAndAReDatedOneMovesIt() {
        SurveillanceRecord closed = profile(LocalDate.of(2024, 10, 1))
                .close(ClosingReason.MOVED_AWAY, LocalDate.of(2024, 11, 1), null, null, CTX).record();
        String closingId = closed.history().getLast().eventId();

        SurveillanceRecord reopened = closed.correct(closingId, true, null, "Nhầm đối tượng", CTX).record();
        assertThat(reopened.state().status()).isEqualTo(SurveillanceStatus.OPEN);

        SurveillanceRecord moved = closed.correct(closingId, false, LocalDate.of(2024, 11, 20), "Sai ngày", CTX)
                .record();
        assertThat(moved.stateAsOf(LocalDate.of(2024, 11, 10)).status()).isEqualTo(SurveillanceStatus.OPEN);
        assertThat(moved.stateAsOf(LocalDate.of(2024, 11, 20)).status()).isEqualTo(SurveillanceStatus.CLOSED);

        assertThatThrownBy(() -> closed.correct(closingId, false, LocalDate.of(2024, 9, 1), "Sai ngày", CTX))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("rule", "surveillance/not-open");
    }

    @Test
    void aGroupIsOnlyForAKindThatWatchesGroups() {
        SurveillanceSubject ring = new SurveillanceSubject(SubjectType.GROUP, null, null, null, null,
                "Đường dây X", "3 đối tượng", null);
        assertThatThrownBy(() -> SurveillanceRecord.open(SurveillanceKind.SUU_TRA, ring, DM1_H2_A,
                LocalDate.of(2024, 10, 1), "x", null, "U", List.of("U"), CTX))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("rule", "new/subject");
    }
}
