package vn.drugctl.hotspot.surveillance.application;

import vn.drugctl.hotspot.surveillance.domain.SurveillanceCategory;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceClass;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceKind;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceStatus;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceSystem;

/** Filters of the record list (all optional, combined with AND, on the state now), one page. */
public record SurveillanceQuery(SurveillanceKind kind, SurveillanceCategory category, SurveillanceSystem system,
                                SurveillanceClass clazz, SurveillanceStatus status, String unitCode, int page,
                                int size) {
}
