/**
 * The period report (DOMAIN.md "The periodic report", the outline of seed 001): for a unit and a period, from the
 * report ledger's counters, never from hand-typed numbers; as JSON, and as XLSX and DOCX downloads with the lists'
 * monthly stocks (a chart) and the name lists from the records behind the counters.
 */
package vn.drugctl.reporting.periodreport;
