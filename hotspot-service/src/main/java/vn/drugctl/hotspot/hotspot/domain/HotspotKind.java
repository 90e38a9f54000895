package vn.drugctl.hotspot.hotspot.domain;

/** The kinds of Guidance 689/HD-C04-P4. A retail dealer is a person; the others are places. */
public enum HotspotKind {
    COMPLEX_POINT("Điểm phức tạp về ma túy"),
    CLUSTER("Tụ điểm"),
    RISK_POINT("Điểm có nguy cơ"),
    RETAIL_DEALER("Đối tượng bán lẻ");

    private final String label;

    HotspotKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
