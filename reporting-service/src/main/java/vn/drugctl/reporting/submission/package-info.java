/**
 * Submitted reports: a unit freezes its period report as a snapshot (who, when, the numbers); later back-dated events
 * and corrections change the live report, never the snapshot; a diff names each number that changed and the records
 * behind it; a district sees which of its communes submitted, and which are late.
 */
package vn.drugctl.reporting.submission;
