package vn.drugctl.hotspot.hotspot.application;

import vn.drugctl.hotspot.hotspot.domain.HotspotKind;
import vn.drugctl.hotspot.hotspot.domain.HotspotStatus;

/** A hotspot with known coordinates, as a map shows it. */
public record MapPoint(String id, HotspotKind kind, HotspotStatus status, String name, String unitCode, double lat,
                       double lon) {
}
