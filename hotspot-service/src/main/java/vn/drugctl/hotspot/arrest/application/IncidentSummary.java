package vn.drugctl.hotspot.arrest.application;

import vn.drugctl.hotspot.arrest.domain.OutcomeKind;

import java.time.LocalDate;

/** One incident in a list: when, where, how many suspects, the outcome. */
public record IncidentSummary(String id, String unitCode, String occurredAt, LocalDate businessDate,
                              String placeUnitCode, String village, int suspects, int registrySuspects,
                              int seizures, OutcomeKind outcome, String caseNumber, long version) {
}
