package vn.drugctl.hotspot.surveillance.domain;

/** Whether a surveillance record is open or closed. */
public enum SurveillanceStatus {
    OPEN("Đang theo dõi"),
    CLOSED("Đã kết thúc");

    private final String label;

    SurveillanceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
