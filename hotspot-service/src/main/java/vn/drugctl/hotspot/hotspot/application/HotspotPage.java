package vn.drugctl.hotspot.hotspot.application;

import java.util.List;

public record HotspotPage(List<HotspotSummary> items, int page, int size, long total) {
}
