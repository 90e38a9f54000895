package vn.drugctl.reporting.drugfree.domain;

import java.time.LocalDate;

/**
 * One record behind a failed criterion, disclosed minimally: what it is, its id, a display label (a person's or a
 * point's name), the date that matters (when it flowed, or since when it is in the stock) and a note naming only what
 * the criterion is about (the hotspot kind, the list and reason, the dossier state).
 *
 * @param kind {@code person}, {@code hotspot} or {@code incident}
 */
public record RecordRef(String kind, String id, String label, LocalDate date, String note) {
}
