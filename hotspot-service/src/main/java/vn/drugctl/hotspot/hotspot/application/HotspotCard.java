package vn.drugctl.hotspot.hotspot.application;

import vn.drugctl.common.audit.RecordUnit;
import vn.drugctl.hotspot.hotspot.domain.HotspotKind;
import vn.drugctl.hotspot.hotspot.domain.HotspotStatus;

import java.util.List;

/** Who manages a hotspot, minimally: for the audit of a refused attempt and the disclosure of a match. */
public record HotspotCard(String id, String unitCode, List<String> unitPath, HotspotKind kind, HotspotStatus status,
                          String name, String address) implements RecordUnit {
}
