package vn.drugctl.hotspot.hotspot.domain;

import vn.drugctl.common.domain.InvalidField;

/**
 * A point on the map (WGS 84 degrees) that lies in Vietnam: the mainland with its near islands (Phú Quốc, Côn Đảo,
 * Bạch Long Vĩ, Thổ Chu), the Hoàng Sa (Paracel) and the Trường Sa (Spratly) archipelagos, each as a bounding box.
 * Anything else (a swapped latitude and longitude, a point abroad, NaN) is refused on field
 * {@code address.coordinates}.
 */
public record Coordinates(double lat, double lon) {
    /** {minLat, maxLat, minLon, maxLon}. */
    private static final double[][] BOXES = {
            {8.0, 23.5, 102.0, 110.0},   // mainland and near islands
            {15.5, 17.5, 110.0, 113.0},  // Hoàng Sa
            {6.0, 12.5, 111.0, 118.0}};  // Trường Sa

    public Coordinates {
        if (!Double.isFinite(lat) || !Double.isFinite(lon)) {
            throw new InvalidField("address.coordinates", "lat and lon must be numbers");
        }
        if (!inVietnam(lat, lon)) {
            throw new InvalidField("address.coordinates", "(" + lat + ", " + lon + ") is not in Vietnam (mainland, islands, "
                    + "Hoàng Sa, Trường Sa); lat is the north-south degree, lon the east-west one");
        }
    }

    public static boolean inVietnam(double lat, double lon) {
        for (double[] box : BOXES) {
            if (lat >= box[0] && lat <= box[1] && lon >= box[2] && lon <= box[3]) {
                return true;
            }
        }
        return false;
    }
}
