package vn.drugctl.hotspot.hotspot.domain;

/** Businesses that need a security licence (cơ sở kinh doanh có điều kiện về ANTT) where hotspots are found. */
public enum LicensedBusinessKind {
    KARAOKE("Karaoke"),
    BAR("Quán bar, vũ trường"),
    GUEST_HOUSE("Nhà nghỉ"),
    HOTEL("Khách sạn"),
    HOMESTAY("Homestay"),
    MASSAGE("Cơ sở massage"),
    OTHER("Cơ sở kinh doanh có điều kiện khác");

    private final String label;

    LicensedBusinessKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
