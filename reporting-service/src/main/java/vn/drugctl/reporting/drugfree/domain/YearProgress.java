package vn.drugctl.reporting.drugfree.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One year of a unit's progress: its communes' evaluation on {@code asOf} (31 December, or today for the current
 * year) against the target programme in force that day.
 *
 * @param sharePercent    drug-free communes over communes evaluated, percent with one decimal (null without communes)
 * @param programmeId     the programme in force on {@code asOf} (null: no target yet)
 * @param requiredPercent the programme's path on {@code asOf}, one decimal (null: no target)
 * @param status          {@link Status}
 * @param milestones      the programme's milestones dated in this year, each met or not
 */
public record YearProgress(int year, LocalDate asOf, int communesEvaluated, int drugFree, Double sharePercent,
                           String programmeId, Double requiredPercent, Status status,
                           List<MilestoneCheck> milestones) {
    public YearProgress {
        milestones = List.copyOf(milestones);
    }

    public enum Status {
        /** No programme is in force on the date. */
        NO_TARGET,
        /** The unit has no commune valid on the date. */
        NO_COMMUNES,
        /** The share is at least the path's value. */
        ON_TRACK,
        /** The share is below it. */
        BEHIND
    }

    /** A milestone dated in the year: met when the share on its date's year evaluation reaches its percent. */
    public record MilestoneCheck(LocalDate by, int percent, boolean judged, Boolean met) {
    }

    /** Judges one year's count against {@code targets}. */
    public static YearProgress judge(TargetBook targets, int year, LocalDate asOf, int evaluated, int drugFree) {
        Double share = evaluated == 0 ? null : Math.round(1000.0 * drugFree / evaluated) / 10.0;
        Optional<TargetBook.Programme> programme = targets.at(asOf);
        if (programme.isEmpty()) {
            return new YearProgress(year, asOf, evaluated, drugFree, share, null, null, Status.NO_TARGET, List.of());
        }
        TargetBook.Programme p = programme.get();
        double required = p.requiredPercentOn(asOf).orElseThrow();
        List<MilestoneCheck> checks = new ArrayList<>();
        for (TargetBook.Milestone m : p.milestonesIn(year)) {
            boolean judged = !asOf.isBefore(m.by()) && evaluated > 0;
            checks.add(new MilestoneCheck(m.by(), m.percent(), judged,
                    judged ? 100L * drugFree >= (long) m.percent() * evaluated : null));
        }
        Status status = evaluated == 0 ? Status.NO_COMMUNES
                : 100.0 * drugFree >= required * evaluated - 1e-9 ? Status.ON_TRACK : Status.BEHIND;
        return new YearProgress(year, asOf, evaluated, drugFree, share, p.id(), Math.round(required * 10) / 10.0,
                status, checks);
    }
}
