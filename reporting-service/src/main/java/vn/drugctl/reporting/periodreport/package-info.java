/**
 * The period report (DOMAIN.md "The periodic report", the outline of seed 001): for a unit and a period, from the
 * report ledger's counters, never from hand-typed numbers.
 */
package vn.drugctl.reporting.periodreport;
