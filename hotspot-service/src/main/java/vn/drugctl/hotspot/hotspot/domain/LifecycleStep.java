package vn.drugctl.hotspot.hotspot.domain;

/** The steps of a hotspot's life, each allowed or not, and for which reasons, by the rule set of its date. */
public enum LifecycleStep {
    ADD("Bổ sung"),
    ESCALATE("Nâng cấp (chuyển thành điểm phức tạp)"),
    NEUTRALISE("Vô hiệu hóa"),
    ERADICATE("Triệt xóa"),
    REMOVE("Thanh loại"),
    REACTIVATE("Tái hoạt động");

    private final String label;

    LifecycleStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
