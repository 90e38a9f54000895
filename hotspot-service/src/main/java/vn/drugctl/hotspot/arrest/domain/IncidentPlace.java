package vn.drugctl.hotspot.arrest.domain;

/**
 * Where an incident happened: the road or spot as written, the village (thôn, xóm, tổ dân phố) and the commune's
 * unit code (checked against the unit catalogue by the application).
 */
public record IncidentPlace(String road, String village, String unitCode) {
    static IncidentPlace checked(IncidentPlace place) {
        if (place == null) {
            throw new InvalidIncidentData("place", "is required");
        }
        return new IncidentPlace(Texts.line("place.road", place.road(), 200),
                Texts.line("place.village", place.village(), 200),
                Texts.required("place.unitCode", place.unitCode(), 64));
    }
}
