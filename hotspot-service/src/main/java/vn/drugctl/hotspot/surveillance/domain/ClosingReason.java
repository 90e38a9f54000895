package vn.drugctl.hotspot.surveillance.domain;

/** Why a surveillance record was closed (thanh loại, kết thúc); which reasons a kind allows is dated configuration. */
public enum ClosingReason {
    PROSECUTED("Đã khởi tố"),
    ADMINISTRATIVE_SANCTION("Đã xử lý hành chính"),
    DIED("Đã chết"),
    MOVED_AWAY("Chuyển đi nơi khác"),
    NO_LONGER_SUSPECTED("Không còn nghi vấn"),
    CASE_CONCLUDED("Kết thúc chuyên án"),
    OTHER("Lý do khác");

    private final String label;

    ClosingReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
