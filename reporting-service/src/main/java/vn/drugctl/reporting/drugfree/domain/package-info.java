/**
 * The drug-free criteria as dated rule sets, a commune's evaluation from its figures and the records behind them, and
 * the targets (share of drug-free communes by a date) a year's share is judged against. No framework imports.
 */
package vn.drugctl.reporting.drugfree.domain;
