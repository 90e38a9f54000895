package vn.drugctl.hotspot.surveillance.domain;

import java.time.LocalDate;

/** A record's category, system or class changed from {@code from} (as of the day) to {@code to}. */
public record SurveillanceRecordReclassified(String recordId, LocalDate businessDate, Classification from,
                                             Classification to, String reason, String documentRef, String ruleSetId)
        implements SurveillanceEvent {
}
