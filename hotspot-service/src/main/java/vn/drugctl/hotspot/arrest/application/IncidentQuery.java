package vn.drugctl.hotspot.arrest.application;

import java.time.LocalDate;

/**
 * Incidents whose business date lies in {@code [from, to]}, optionally of one unit's subtree (within the caller's
 * view), newest first, one page.
 */
public record IncidentQuery(LocalDate from, LocalDate to, String unitCode, int page, int size) {
}
