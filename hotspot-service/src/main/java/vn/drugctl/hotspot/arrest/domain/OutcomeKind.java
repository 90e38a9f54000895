package vn.drugctl.hotspot.arrest.domain;

/** How an incident was dealt with: prosecuted (khởi tố), an administrative sanction, or not decided yet. */
public enum OutcomeKind {
    PENDING("Đang xử lý"),
    PROSECUTED("Khởi tố"),
    ADMINISTRATIVE("Xử phạt vi phạm hành chính");

    private final String label;

    OutcomeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
