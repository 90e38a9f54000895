package vn.drugctl.hotspot.surveillance.application;

import java.util.List;

public record SurveillancePage(List<SurveillanceSummary> items, int page, int size, long total) {
}
