package vn.drugctl.hotspot.hotspot.domain;

import vn.drugctl.common.domain.InvalidField;

/**
 * Where a point is: road and village (thôn, xóm, tổ dân phố), at least one of them, in the commune {@code unitCode}
 * that owns the point; coordinates when known.
 */
public record Address(String road, String village, String unitCode, Coordinates coordinates) {
    public static Address of(String road, String village, String unitCode, Coordinates coordinates) {
        String r = Texts.line("address.road", road, Texts.LINE_MAX);
        String v = Texts.line("address.village", village, Texts.LINE_MAX);
        if (r == null && v == null) {
            throw new InvalidField("address", "needs a road or a village");
        }
        if (unitCode == null || unitCode.isBlank()) {
            throw new InvalidField("address.unitCode", "is required");
        }
        return new Address(r, v, unitCode.strip(), coordinates);
    }

    /** Road and village folded, with the unit: the same place however it is typed. */
    public String foldedKey() {
        return Texts.fold(road) + "|" + Texts.fold(village) + "|" + unitCode;
    }

    public String display() {
        return road == null ? village : village == null ? road : road + ", " + village;
    }
}
