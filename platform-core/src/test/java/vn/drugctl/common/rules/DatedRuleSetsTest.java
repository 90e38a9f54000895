package vn.drugctl.common.rules;

import org.junit.jupiter.api.Test;
import vn.drugctl.common.domain.RuleViolation;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatedRuleSetsTest {
    record Set(String id, LocalDate effectiveFrom) implements DatedRuleSets.Dated {
    }

    private final Set old = new Set("law-2000", LocalDate.of(2009, 1, 1));
    private final Set current = new Set("law-73-2021", LocalDate.of(2022, 1, 1));

    @Test
    void aDateIsJudgedByTheLatestSetInForceOnItWhateverTheOrderTheSetsWereGivenIn() {
        DatedRuleSets<Set> book = new DatedRuleSets<>("registry", List.of(current, old));
        assertThat(book.sets()).containsExactly(old, current);
        assertThat(book.at(LocalDate.of(2021, 12, 31))).isEqualTo(old);
        assertThat(book.at(LocalDate.of(2022, 1, 1))).isEqualTo(current);
        assertThat(book.at(LocalDate.of(2030, 6, 1))).isEqualTo(current);
    }

    @Test
    void aDateBeforeEveryRuleSetIsARuleViolationNamingTheEarliestSet() {
        DatedRuleSets<Set> book = new DatedRuleSets<>("hotspot", List.of(old, current));
        assertThatThrownBy(() -> book.at(LocalDate.of(2008, 12, 31))).isInstanceOf(RuleViolation.class)
                .hasMessage("No hotspot rules are in force on 2008-12-31; the earliest rule set (law-2000) takes "
                        + "effect on 2009-01-01")
                .satisfies(e -> assertThat(((RuleViolation) e).rule()).isEqualTo("no-rules-in-force"));
    }

    @Test
    void aBookWithoutSetsOrWithTwoSetsOnOneDayOrOneIdTwiceIsRefused() {
        assertThatThrownBy(() -> new DatedRuleSets<Set>("x", List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DatedRuleSets<>("x", List.of(old, new Set("other", old.effectiveFrom()))))
                .hasMessageContaining("same day");
        assertThatThrownBy(() -> new DatedRuleSets<>("x", List.of(old, new Set(old.id(), LocalDate.of(2030, 1, 1)))))
                .hasMessageContaining("share the id");
    }
}
