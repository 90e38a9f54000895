package vn.drugctl.hotspot.arrest.domain;

/** This incident eradicated or neutralised the hotspot {@code hotspotId}. */
public record HotspotEffect(String hotspotId, HotspotEffectKind effect) {
}
