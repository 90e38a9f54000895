package vn.drugctl.hotspot.surveillance.domain;

import vn.drugctl.common.history.EntryCorrection;

import java.time.LocalDate;

/**
 * An entry was wrong: this event voids it (a reclassification or a closing that did not happen) or gives the business
 * date it should have had; history is never edited. {@code businessDate} is the day of the correction.
 */
public record SurveillanceEntryCorrected(String recordId, LocalDate businessDate, String correctsEventId,
                                         String correctsEventType, boolean voided, LocalDate correctedBusinessDate,
                                         String note) implements SurveillanceEvent, EntryCorrection {
}
