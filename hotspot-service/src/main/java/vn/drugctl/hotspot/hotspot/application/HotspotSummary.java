package vn.drugctl.hotspot.hotspot.application;

import vn.drugctl.hotspot.hotspot.domain.HotspotKind;
import vn.drugctl.hotspot.hotspot.domain.HotspotStatus;
import vn.drugctl.hotspot.hotspot.domain.LicensedBusinessKind;

import java.time.LocalDate;

/** One line of a hotspot list. */
public record HotspotSummary(String id, HotspotKind kind, HotspotStatus status, String name, String address,
                             String unitCode, LicensedBusinessKind licensedBusiness, boolean cyberspace,
                             LocalDate addedOn, LocalDate statusSince) {
}
