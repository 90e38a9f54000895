package vn.drugctl.reporting.drugfree.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Seed 004's targets (50% by the end of 2028, 100% by 2030, from 2026) judging synthetic shares. */
class TargetBookTest {
    static final TargetBook.Programme SEED_004 = new TargetBook.Programme("thai-nguyen-2026-2030",
            LocalDate.of(2026, 1, 1), "seed 004", 0, List.of(new TargetBook.Milestone(LocalDate.of(2030, 12, 31), 100),
            new TargetBook.Milestone(LocalDate.of(2028, 12, 31), 50)));
    static final TargetBook BOOK = new TargetBook(List.of(SEED_004));

    @Test
    void thePathRisesInAStraightLineFromTheStartToEachMilestoneThenStays() {
        assertThat(SEED_004.requiredPercentOn(LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(SEED_004.requiredPercentOn(LocalDate.of(2026, 1, 1))).contains(0.0);
        // 364 of 1095 days to the first milestone
        assertThat(SEED_004.requiredPercentOn(LocalDate.of(2026, 12, 31)).orElseThrow())
                .isCloseTo(50.0 * 364 / 1095, within(1e-9));
        assertThat(SEED_004.requiredPercentOn(LocalDate.of(2028, 12, 31))).contains(50.0);
        assertThat(SEED_004.requiredPercentOn(LocalDate.of(2029, 12, 31)).orElseThrow())
                .isCloseTo(50 + 50.0 * 365 / 730, within(1e-9));
        assertThat(SEED_004.requiredPercentOn(LocalDate.of(2030, 12, 31))).contains(100.0);
        assertThat(SEED_004.requiredPercentOn(LocalDate.of(2032, 6, 1))).contains(100.0);
    }

    @Test
    void beforeTheProgrammeThereIsNoTarget() {
        YearProgress y = YearProgress.judge(BOOK, 2025, LocalDate.of(2025, 12, 31), 5, 0);

        assertThat(y.status()).isEqualTo(YearProgress.Status.NO_TARGET);
        assertThat(y.sharePercent()).isEqualTo(0.0);
        assertThat(y.requiredPercent()).isNull();
        assertThat(y.programmeId()).isNull();
    }

    @Test
    void oneCommuneInFiveIsOnTrackAtTheEndOf2026ButNoneIsBehind() {
        YearProgress one = YearProgress.judge(BOOK, 2026, LocalDate.of(2026, 12, 31), 5, 1);
        YearProgress none = YearProgress.judge(BOOK, 2026, LocalDate.of(2026, 12, 31), 5, 0);

        assertThat(one.status()).isEqualTo(YearProgress.Status.ON_TRACK);
        assertThat(one.sharePercent()).isEqualTo(20.0);
        assertThat(one.requiredPercent()).isEqualTo(16.6);
        assertThat(one.milestones()).isEmpty();
        assertThat(none.status()).isEqualTo(YearProgress.Status.BEHIND);
    }

    @Test
    void theMilestoneOf2028IsMetByHalfTheCommunesAndMissedByLess() {
        YearProgress met = YearProgress.judge(BOOK, 2028, LocalDate.of(2028, 12, 31), 4, 2);
        YearProgress missed = YearProgress.judge(BOOK, 2028, LocalDate.of(2028, 12, 31), 5, 2);

        assertThat(met.status()).isEqualTo(YearProgress.Status.ON_TRACK);
        assertThat(met.milestones()).singleElement().satisfies(m -> {
            assertThat(m.by()).isEqualTo(LocalDate.of(2028, 12, 31));
            assertThat(m.percent()).isEqualTo(50);
            assertThat(m.judged()).isTrue();
            assertThat(m.met()).isTrue();
        });
        assertThat(missed.status()).isEqualTo(YearProgress.Status.BEHIND);
        assertThat(missed.milestones().getFirst().met()).isFalse();
    }

    @Test
    void aMilestoneNotYetReachedInTheCurrentYearIsNotJudged() {
        YearProgress y = YearProgress.judge(BOOK, 2028, LocalDate.of(2028, 6, 30), 4, 0);

        assertThat(y.milestones().getFirst().judged()).isFalse();
        assertThat(y.milestones().getFirst().met()).isNull();
    }

    @Test
    void aUnitWithoutCommunesHasNoShare() {
        YearProgress y = YearProgress.judge(BOOK, 2027, LocalDate.of(2027, 12, 31), 0, 0);

        assertThat(y.status()).isEqualTo(YearProgress.Status.NO_COMMUNES);
        assertThat(y.sharePercent()).isNull();
    }

    @Test
    void programmesAreCheckedWhenBuilt() {
        assertThat(new TargetBook(List.of()).at(LocalDate.of(2030, 1, 1))).isEmpty();
        assertThatThrownBy(() -> new TargetBook.Milestone(LocalDate.of(2028, 12, 31), 101))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TargetBook.Programme("p", LocalDate.of(2026, 1, 1), null, 0, List.of()))
                .hasMessageContaining("no milestone");
        assertThatThrownBy(() -> new TargetBook.Programme("p", LocalDate.of(2026, 1, 1), null, 0,
                List.of(new TargetBook.Milestone(LocalDate.of(2025, 12, 31), 50))))
                .hasMessageContaining("after its start");
    }
}
