/**
 * Drug-free communes (xã không ma túy; DOMAIN.md "Targets", seeds 003 and 004): each commune of a unit's subtree
 * judged for a year by the criteria in force (a dated, configurable rule set, {@code drugctl/drug-free-rules.yml}),
 * pass or fail with each failed criterion and the records behind it; and a province's (district's) share of
 * drug-free communes year by year against the dated targets. Numbers from the report ledger's counters, records from
 * the projection's aggregates ({@link vn.drugctl.reporting.ledger.application.LedgerRecords}).
 *
 * <p>{@code domain}: the criteria, the evaluation and the targets, free of any framework; {@code application}: the
 * reading of counters and records per commune; {@code infrastructure.config}: the rule file bound; {@code web}: the
 * endpoints.
 */
package vn.drugctl.reporting.drugfree;
