/**
 * The period report's words: {@link vn.drugctl.reporting.periodreport.domain.ReportTerms}, each code of the report
 * with its Vietnamese label (DOMAIN.md, seeds 000–002). Plain Java.
 */
package vn.drugctl.reporting.periodreport.domain;
