/**
 * The period report as Office files with Apache POI: {@link
 * vn.drugctl.reporting.periodreport.infrastructure.office.PeriodReportXlsx} (XSSF, a sheet per section, a native
 * chart) and {@link vn.drugctl.reporting.periodreport.infrastructure.office.PeriodReportDocx} (XWPF, seed 001's
 * sections II.2 and II.4). Both only write what a
 * {@link vn.drugctl.reporting.periodreport.application.PeriodReportExport} holds; they read nothing.
 */
package vn.drugctl.reporting.periodreport.infrastructure.office;
