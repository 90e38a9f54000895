package vn.drugctl.hotspot.surveillance.application;

import vn.drugctl.hotspot.surveillance.domain.ClosingReason;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceCategory;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceClass;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceKind;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceStatus;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceSystem;

import java.time.LocalDate;

/** One record in a list, as it is now. */
public record SurveillanceSummary(String id, String unitCode, SurveillanceKind kind, String subject, String personId,
                                  SurveillanceCategory category, SurveillanceSystem system, SurveillanceClass clazz,
                                  SurveillanceStatus status, LocalDate openedOn, LocalDate closedOn,
                                  ClosingReason closingReason, long version) {
}
