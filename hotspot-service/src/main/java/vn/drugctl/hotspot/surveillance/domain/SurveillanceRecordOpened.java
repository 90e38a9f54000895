package vn.drugctl.hotspot.surveillance.domain;

import java.time.LocalDate;

/**
 * A record was opened (xác lập, xây dựng) on {@code businessDate} for {@code reason}, under {@code documentRef}, judged
 * by rule set {@code ruleSetId}; {@code classification} is null for a kind that is not classified.
 */
public record SurveillanceRecordOpened(String recordId, LocalDate businessDate, SurveillanceKind kind,
                                       SurveillanceSubject subject, Classification classification, String reason,
                                       String documentRef, String ruleSetId) implements SurveillanceEvent {
}
