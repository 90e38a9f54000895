/** Reads a commune's figures (counters) and the records behind a failed criterion (projection aggregates). */
package vn.drugctl.reporting.drugfree.application;
