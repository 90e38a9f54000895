package vn.drugctl.common.tenancy;

/** Administrative level of a police unit. The district level is optional since the 2025 reform. */
public enum UnitLevel {
    PROVINCE("Tỉnh / Thành phố"),
    DISTRICT("Huyện / Quận / Thị xã"),
    COMMUNE("Xã / Phường / Thị trấn");

    private final String label;

    UnitLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a unit of this level may sit directly under a unit of {@code parent} level. */
    public boolean mayHaveParent(UnitLevel parent) {
        return switch (this) {
            case PROVINCE -> false;
            case DISTRICT -> parent == PROVINCE;
            case COMMUNE -> parent == PROVINCE || parent == DISTRICT;
        };
    }
}
