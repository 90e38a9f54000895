package vn.drugctl.registry.person.infrastructure.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.drugctl.registry.person.domain.ChangeReason;
import vn.drugctl.registry.person.domain.Flag;
import vn.drugctl.registry.person.domain.MainList;
import vn.drugctl.registry.person.domain.RuleBook;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The registry's rules as configuration ({@code drugctl.registry.*}, file {@code drugctl/registry-rules.yml}):
 * dated rule sets with the management periods, the allowed list transitions with their reasons, and the reasons
 * that set and clear flags. {@code NONE} stands for "on no list".
 */
@ConfigurationProperties("drugctl.registry")
public record RegistryRulesProperties(ZoneId zone, List<RuleSetProperties> ruleSets) {
    public static final String NONE = "NONE";

    public record RuleSetProperties(String id, LocalDate effectiveFrom, String source,
                                    Map<MainList, PeriodProperties> periods, List<TransitionProperties> transitions,
                                    Map<Flag, FlagProperties> flags) {
    }

    public record PeriodProperties(Period duration, MainList then) {
    }

    public record TransitionProperties(String from, List<String> to, Set<ChangeReason> reasons) {
    }

    public record FlagProperties(Set<ChangeReason> set, Set<ChangeReason> clear) {
    }

    public RuleBook toRuleBook() {
        if (ruleSets == null || ruleSets.isEmpty()) {
            throw new IllegalStateException("drugctl.registry.rule-sets is empty: the registry needs its rules");
        }
        return new RuleBook(ruleSets.stream().map(RegistryRulesProperties::toRuleSet).toList());
    }

    private static RuleBook.RuleSet toRuleSet(RuleSetProperties p) {
        if (p.id() == null || p.effectiveFrom() == null) {
            throw new IllegalStateException("every rule set needs an id and an effective-from date");
        }
        Map<MainList, RuleBook.ManagementPeriod> periods = p.periods() == null ? Map.of() : p.periods().entrySet()
                .stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> new RuleBook.ManagementPeriod(e.getValue().duration(), e.getValue().then())));
        List<RuleBook.Transition> transitions = p.transitions() == null ? List.of() : p.transitions().stream()
                .flatMap(t -> t.to().stream().map(to -> new RuleBook.Transition(list(p.id(), t.from()),
                        list(p.id(), to), t.reasons() == null ? Set.of() : t.reasons())))
                .toList();
        Map<Flag, RuleBook.FlagRule> flags = p.flags() == null ? Map.of() : p.flags().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new RuleBook.FlagRule(
                        e.getValue().set() == null ? Set.of() : e.getValue().set(),
                        e.getValue().clear() == null ? Set.of() : e.getValue().clear())));
        return new RuleBook.RuleSet(p.id(), p.effectiveFrom(), p.source(), periods, transitions, flags);
    }

    private static MainList list(String ruleSet, String name) {
        if (name == null || NONE.equals(name)) {
            return null;
        }
        try {
            return MainList.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("rule set " + ruleSet + " names an unknown list '" + name
                    + "'; lists are NONE or one of " + List.of(MainList.values()));
        }
    }
}
