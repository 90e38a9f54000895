package vn.drugctl.hotspot.surveillance.infrastructure.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.drugctl.hotspot.surveillance.domain.ClosingReason;
import vn.drugctl.hotspot.surveillance.domain.SubjectType;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceKind;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceRules;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code drugctl.surveillance.rule-sets} from {@code drugctl/surveillance-rules.yml}: the dated rule sets of
 * surveillance records. A malformed set (no kinds, two sets on one day) stops the service at start-up.
 */
@ConfigurationProperties("drugctl.surveillance")
public record SurveillanceRulesProperties(List<RuleSet> ruleSets) {

    public record RuleSet(String id, LocalDate effectiveFrom, String source, Map<SurveillanceKind, Kind> kinds) {
    }

    public record Kind(Set<SubjectType> subjects, boolean classified, Set<ClosingReason> closingReasons) {
    }

    public SurveillanceRules toRules() {
        if (ruleSets == null || ruleSets.isEmpty()) {
            throw new IllegalStateException("drugctl.surveillance.rule-sets is empty: no surveillance rules");
        }
        return new SurveillanceRules(ruleSets.stream().map(s -> {
            if (s.id() == null || s.effectiveFrom() == null || s.kinds() == null || s.kinds().isEmpty()) {
                throw new IllegalStateException("surveillance rule set " + s.id() + " needs an id, effective-from "
                        + "and at least one kind");
            }
            Map<SurveillanceKind, SurveillanceRules.KindRule> kinds = new EnumMap<>(SurveillanceKind.class);
            s.kinds().forEach((kind, k) -> kinds.put(kind, new SurveillanceRules.KindRule(
                    k.subjects() == null ? Set.of(SubjectType.PERSON) : k.subjects(), k.classified(),
                    k.closingReasons() == null ? Set.of() : k.closingReasons())));
            return new SurveillanceRules.RuleSet(s.id(), s.effectiveFrom(), s.source(), kinds);
        }).toList());
    }
}
