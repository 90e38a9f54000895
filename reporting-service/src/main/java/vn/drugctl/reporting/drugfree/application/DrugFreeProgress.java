package vn.drugctl.reporting.drugfree.application;

import vn.drugctl.reporting.drugfree.domain.YearProgress;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit's share of drug-free communes year by year against the targets.
 *
 * @param onTrack    the latest year's judgement: true on track, false behind, null without a target or communes
 * @param programme  the target programme in force at the end of {@code toYear} (null: none)
 * @param milestones that programme's milestones: {@code MET}, {@code MISSED} (judged in a year of the range),
 *                   {@code PENDING} (its date is still to come), {@code OUTSIDE_RANGE} (past, but its year was not
 *                   asked for)
 */
public record DrugFreeProgress(String unitCode, String unitName, int fromYear, int toYear, List<YearProgress> years,
                               Boolean onTrack, String programme, String programmeSource,
                               List<MilestoneStatus> milestones) {
    public DrugFreeProgress {
        years = List.copyOf(years);
        milestones = List.copyOf(milestones);
    }

    public record MilestoneStatus(LocalDate by, int percent, String status) {
    }
}
