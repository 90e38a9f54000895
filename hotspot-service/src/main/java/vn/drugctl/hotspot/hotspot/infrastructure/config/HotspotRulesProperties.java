package vn.drugctl.hotspot.hotspot.infrastructure.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.drugctl.hotspot.hotspot.domain.HotspotKind;
import vn.drugctl.hotspot.hotspot.domain.HotspotReason;
import vn.drugctl.hotspot.hotspot.domain.HotspotRuleBook;
import vn.drugctl.hotspot.hotspot.domain.HotspotStatus;
import vn.drugctl.hotspot.hotspot.domain.LifecycleStep;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The hotspot rules as configuration ({@code drugctl.hotspot.*}, file {@code drugctl/hotspot-rules.yml}): the
 * province's time zone and the dated rule sets with the steps each allows, from which statuses, for which kinds and
 * reasons. A file that names an unknown step, status, kind or reason, or a set without an id, date or reasons, stops
 * the service at start-up.
 */
@ConfigurationProperties("drugctl.hotspot")
public record HotspotRulesProperties(ZoneId zone, List<RuleSetProperties> ruleSets) {

    public record RuleSetProperties(String id, LocalDate effectiveFrom, String source, List<StepProperties> steps) {
    }

    public record StepProperties(LifecycleStep step, Set<HotspotStatus> from, Set<HotspotKind> kinds,
                                 Set<HotspotReason> reasons) {
    }

    public HotspotRuleBook toRuleBook() {
        if (ruleSets == null || ruleSets.isEmpty()) {
            throw new IllegalStateException("drugctl.hotspot.rule-sets is empty: the hotspot service needs its rules");
        }
        return new HotspotRuleBook(ruleSets.stream().map(HotspotRulesProperties::toRuleSet).toList());
    }

    private static HotspotRuleBook.RuleSet toRuleSet(RuleSetProperties p) {
        if (p.id() == null || p.effectiveFrom() == null) {
            throw new IllegalStateException("every hotspot rule set needs an id and an effective-from date");
        }
        List<HotspotRuleBook.StepRule> steps = p.steps() == null ? List.of() : p.steps().stream().map(s -> {
            if (s.step() == null || s.reasons() == null || s.reasons().isEmpty()) {
                throw new IllegalStateException("rule set " + p.id() + " has a step without a name or reasons");
            }
            if (s.step() != LifecycleStep.ADD && (s.from() == null || s.from().isEmpty())) {
                throw new IllegalStateException("rule set " + p.id() + ", step " + s.step()
                        + ": 'from' must name the statuses it may leave");
            }
            return new HotspotRuleBook.StepRule(s.step(), s.from(), s.kinds(), s.reasons());
        }).toList();
        return new HotspotRuleBook.RuleSet(p.id(), p.effectiveFrom(), p.source(), steps);
    }
}
