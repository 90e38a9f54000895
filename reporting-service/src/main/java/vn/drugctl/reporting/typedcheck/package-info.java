/**
 * Checks of an aggregate report typed by hand (a unit not yet on the registry, a paper report to verify) against
 * the balance and part-whole rules of DOMAIN.md "The periodic report". Nothing is stored: the answer is the list of
 * every violation, with the numbers involved.
 */
package vn.drugctl.reporting.typedcheck;
