package vn.drugctl.reporting.drugfree.application;

import vn.drugctl.common.tenancy.UnitLevel;
import vn.drugctl.reporting.drugfree.domain.CommuneEvaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * The drug-free evaluation of a unit for a year: every commune of its subtree valid on {@code asOf} (a commune: just
 * itself), each passed or failed with its failed criteria and the records behind them, and how many passed.
 *
 * @param asOf         the evaluation date: 31 December of the year, or today for the current year; stocks are read at
 *                     its end, flows from 1 January to it
 * @param ruleSet      the criteria in force on {@code asOf}
 * @param sharePercent drug-free communes over communes evaluated, percent with one decimal (null without communes)
 */
public record DrugFreeReport(String unitCode, String unitName, UnitLevel level, int year, LocalDate asOf,
                             RuleSetRef ruleSet, int communesEvaluated, int drugFree, Double sharePercent,
                             List<CommuneEvaluation> communes) {
    public DrugFreeReport {
        communes = List.copyOf(communes);
    }

    /** Which rule set judged the year. */
    public record RuleSetRef(String id, LocalDate effectiveFrom, String source) {
    }
}
