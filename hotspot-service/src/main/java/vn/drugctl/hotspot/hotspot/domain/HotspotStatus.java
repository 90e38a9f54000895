package vn.drugctl.hotspot.hotspot.domain;

/**
 * Where a hotspot stands. An escalation changes its kind, not its status. A neutralised or eradicated point is
 * {@linkplain #watched() watched}: a new report at the same licence, address or handle reactivates it.
 */
public enum HotspotStatus {
    ACTIVE("Đang hoạt động"),
    NEUTRALISED("Đã vô hiệu hóa"),
    ERADICATED("Đã triệt xóa"),
    REMOVED("Đã thanh loại");

    private final String label;

    HotspotStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean watched() {
        return this == NEUTRALISED || this == ERADICATED;
    }
}
