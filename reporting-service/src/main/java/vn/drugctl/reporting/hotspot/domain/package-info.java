/**
 * What a hotspot (điểm, tụ điểm phức tạp, điểm nguy cơ, đối tượng bán lẻ), an incident (vụ bắt giữ) and a
 * surveillance record (hồ sơ sưu tra, hiềm nghi, chuyên án) contribute to the report counters: the
 * {@link vn.drugctl.reporting.hotspot.domain.HotspotProjector},
 * {@link vn.drugctl.reporting.hotspot.domain.IncidentProjector} and
 * {@link vn.drugctl.reporting.hotspot.domain.SurveillanceProjector} read one aggregate's {@code hotspot.events.v1}
 * events and write stocks with the flows that explain them (flows only for incidents), under the measure names of
 * {@link vn.drugctl.reporting.hotspot.domain.HotspotMeasures}. Plain Java: no framework, JSON or store types.
 */
package vn.drugctl.reporting.hotspot.domain;
