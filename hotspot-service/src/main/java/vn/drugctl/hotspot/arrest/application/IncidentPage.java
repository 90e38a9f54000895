package vn.drugctl.hotspot.arrest.application;

import java.util.List;

public record IncidentPage(List<IncidentSummary> items, int page, int size, long total) {
}
