package vn.drugctl.hotspot.surveillance.domain;

import java.time.LocalDate;

/** A record was closed (thanh loại, kết thúc) for a reason of the closed list, e.g. {@link ClosingReason#PROSECUTED}. */
public record SurveillanceRecordClosed(String recordId, LocalDate businessDate, ClosingReason reason,
                                       String documentRef, String note, String ruleSetId)
        implements SurveillanceEvent {
}
