package vn.drugctl.reporting.drugfree.domain;

import vn.drugctl.common.rules.DatedRuleSets;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The targets for the share of drug-free communes (seed 004: at least 50% by the end of 2028, 100% by 2030), as dated
 * programmes (platform-core's {@link DatedRuleSets}): the programme in force on a date gives its milestones. Before
 * the first programme there is no target.
 *
 * <p><b>On track.</b> A programme's path starts at {@code startPercent} on its effective date and rises in a straight
 * line (by days) to each milestone's percent on its date, then stays at the last one. A share is on track on a date
 * when it is at least the path's value on that date; a milestone is met when the share on its date (the evaluation of
 * the year containing it, at 31 December or today) is at least its percent.
 */
public record TargetBook(List<Programme> programmes) {
    public TargetBook {
        programmes = programmes == null || programmes.isEmpty() ? List.of()
                : new DatedRuleSets<>("drug-free target", programmes).sets();
    }

    /** The programme in force on {@code date}, if any. */
    public Optional<Programme> at(LocalDate date) {
        if (programmes.isEmpty() || date.isBefore(programmes.getFirst().effectiveFrom())) {
            return Optional.empty();
        }
        return Optional.of(DatedRuleSets.inForce("drug-free target", programmes, date));
    }

    /** A target: at least {@code percent} of the communes drug-free on {@code by}. */
    public record Milestone(LocalDate by, int percent) {
        public Milestone {
            if (by == null || percent < 0 || percent > 100) {
                throw new IllegalArgumentException("a milestone needs a date and a percent in [0, 100]");
            }
        }
    }

    public record Programme(String id, LocalDate effectiveFrom, String source, int startPercent,
                            List<Milestone> milestones) implements DatedRuleSets.Dated {
        public Programme {
            if (id == null || id.isBlank() || effectiveFrom == null) {
                throw new IllegalArgumentException("a target programme needs an id and an effective-from date");
            }
            if (startPercent < 0 || startPercent > 100) {
                throw new IllegalArgumentException("programme " + id + ": start-percent must be in [0, 100]");
            }
            milestones = milestones == null ? List.of()
                    : milestones.stream().sorted(Comparator.comparing(Milestone::by)).toList();
            if (milestones.isEmpty()) {
                throw new IllegalArgumentException("programme " + id + " has no milestone");
            }
            if (!milestones.getFirst().by().isAfter(effectiveFrom)) {
                throw new IllegalArgumentException("programme " + id + ": every milestone falls after its start");
            }
            if (milestones.stream().map(Milestone::by).distinct().count() != milestones.size()) {
                throw new IllegalArgumentException("programme " + id + " has two milestones on one date");
            }
        }

        /** The path's value on {@code date} (percent), or empty before the programme starts. */
        public Optional<Double> requiredPercentOn(LocalDate date) {
            if (date.isBefore(effectiveFrom)) {
                return Optional.empty();
            }
            LocalDate fromDate = effectiveFrom;
            double fromPercent = startPercent;
            for (Milestone m : milestones) {
                if (!date.isAfter(m.by())) {
                    double span = ChronoUnit.DAYS.between(fromDate, m.by());
                    double done = ChronoUnit.DAYS.between(fromDate, date);
                    return Optional.of(fromPercent + (m.percent() - fromPercent) * done / span);
                }
                fromDate = m.by();
                fromPercent = m.percent();
            }
            return Optional.of(fromPercent);
        }

        /** The milestones whose date falls in {@code year}. */
        public List<Milestone> milestonesIn(int year) {
            List<Milestone> in = new ArrayList<>();
            for (Milestone m : milestones) {
                if (m.by().getYear() == year) {
                    in.add(m);
                }
            }
            return in;
        }
    }
}
