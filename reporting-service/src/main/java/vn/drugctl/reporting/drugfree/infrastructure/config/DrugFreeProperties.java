package vn.drugctl.reporting.drugfree.infrastructure.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.drugctl.reporting.drugfree.domain.CheckKind;
import vn.drugctl.reporting.drugfree.domain.Criterion;
import vn.drugctl.reporting.drugfree.domain.DrugFreeRuleBook;
import vn.drugctl.reporting.drugfree.domain.TargetBook;

import java.time.LocalDate;
import java.util.List;

/**
 * The drug-free rules as configuration ({@code drugctl.drug-free.*}, file {@code drugctl/drug-free-rules.yml}): the
 * dated criteria sets, each criterion a {@link CheckKind} with its parameters and limit, and the dated target
 * programmes with their milestones. A file that names an unknown check, leaves out a criterion's parameters, or gives
 * two sets the same id or date stops the service at start-up.
 */
@ConfigurationProperties("drugctl.drug-free")
public record DrugFreeProperties(List<RuleSetProperties> ruleSets, List<ProgrammeProperties> targets) {

    public record RuleSetProperties(String id, LocalDate effectiveFrom, String source,
                                    List<CriterionProperties> criteria) {
    }

    /**
     * @param hotspotKinds     ACTIVE_HOTSPOTS: the kinds counted
     * @param list             NEW_ON_LIST: the list
     * @param entryReasons     NEW_ON_LIST: the reasons of an entry from no list that count as new
     * @param fromLists        NEW_ON_LIST: the lists a move from counts as new
     * @param lists            WITHOUT_DOSSIER: the managed lists
     * @param acceptedDossiers WITHOUT_DOSSIER: the management dossier states that count as having one
     */
    public record CriterionProperties(String id, CheckKind check, String description, Long limit,
                                      List<String> hotspotKinds, String list, List<String> entryReasons,
                                      List<String> fromLists, List<String> lists, List<String> acceptedDossiers) {
    }

    public record ProgrammeProperties(String id, LocalDate effectiveFrom, String source, Integer startPercent,
                                      List<MilestoneProperties> milestones) {
    }

    public record MilestoneProperties(LocalDate by, Integer percent) {
    }

    public DrugFreeRuleBook toRuleBook() {
        if (ruleSets == null || ruleSets.isEmpty()) {
            throw new IllegalStateException("drugctl.drug-free.rule-sets is empty: the drug-free evaluation needs "
                    + "its criteria");
        }
        return new DrugFreeRuleBook(ruleSets.stream().map(DrugFreeProperties::toRuleSet).toList());
    }

    public TargetBook toTargetBook() {
        return new TargetBook(targets == null ? List.of() : targets.stream().map(p -> new TargetBook.Programme(
                p.id(), p.effectiveFrom(), p.source(), p.startPercent() == null ? 0 : p.startPercent(),
                p.milestones() == null ? List.of() : p.milestones().stream().map(m -> {
                    if (m.percent() == null) {
                        throw new IllegalStateException("programme " + p.id() + ": a milestone without a percent");
                    }
                    return new TargetBook.Milestone(m.by(), m.percent());
                }).toList())).toList());
    }

    private static DrugFreeRuleBook.RuleSet toRuleSet(RuleSetProperties p) {
        if (p.id() == null || p.effectiveFrom() == null) {
            throw new IllegalStateException("every drug-free rule set needs an id and an effective-from date");
        }
        List<Criterion> criteria = p.criteria() == null ? List.of() : p.criteria().stream().map(c -> {
            if (c.check() == null) {
                throw new IllegalStateException("rule set " + p.id() + ", criterion " + c.id() + " has no check");
            }
            long limit = c.limit() == null ? 0 : c.limit();
            return switch (c.check()) {
                case ACTIVE_HOTSPOTS -> (Criterion) new Criterion.ActiveHotspots(c.id(), c.description(), limit,
                        c.hotspotKinds());
                case NEW_ON_LIST -> new Criterion.NewOnList(c.id(), c.description(), limit, c.list(),
                        c.entryReasons(), c.fromLists());
                case WITHOUT_DOSSIER -> new Criterion.WithoutDossier(c.id(), c.description(), limit, c.lists(),
                        c.acceptedDossiers());
                case RESIDENT_ARRESTS -> new Criterion.ResidentArrests(c.id(), c.description(), limit);
            };
        }).toList();
        return new DrugFreeRuleBook.RuleSet(p.id(), p.effectiveFrom(), p.source(), criteria);
    }
}
