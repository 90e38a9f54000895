/**
 * How many people each unit of a subtree has registered: the first report, now read from the report ledger's
 * counters ({@code P:registered}, counted at the registering unit on the registration date). Little logic, so the
 * feature stays flat (STYLE.md rule 3).
 */
package vn.drugctl.reporting.registrysummary;
