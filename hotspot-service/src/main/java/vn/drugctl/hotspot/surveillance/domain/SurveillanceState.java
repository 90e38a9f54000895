package vn.drugctl.hotspot.surveillance.domain;

import java.time.LocalDate;

/**
 * A record on one date (or now): its kind and subject, classification, whether open, and when and why it was opened
 * and closed. {@code status} is null when the record was not yet opened on that date.
 */
public record SurveillanceState(SurveillanceKind kind, SurveillanceSubject subject, Classification classification,
                                SurveillanceStatus status, LocalDate openedOn, String openingReason,
                                String openingDocumentRef, LocalDate closedOn, ClosingReason closingReason) {
    public boolean existed() {
        return status != null;
    }
}
