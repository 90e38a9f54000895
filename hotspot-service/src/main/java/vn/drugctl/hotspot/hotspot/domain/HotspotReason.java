package vn.drugctl.hotspot.hotspot.domain;

/**
 * The closed list of reasons a lifecycle step can give. Which step accepts which reason is the rule set's to say
 * ({@code drugctl/hotspot-rules.yml}); the list here only names them.
 */
public enum HotspotReason {
    NEWLY_FOUND_BY_REVIEW("Rà soát mới phát hiện"),
    REPORTED_BY_PUBLIC("Quần chúng nhân dân tố giác"),
    FOUND_BY_INVESTIGATION("Phát hiện qua công tác trinh sát, điều tra"),
    TRANSFERRED_FROM_ANOTHER_UNIT("Đơn vị khác chuyển đến"),
    ACTIVITY_INCREASED("Hoạt động phức tạp hơn"),
    MORE_PEOPLE_INVOLVED("Nhiều đối tượng tham gia"),
    REGULAR_PATROL_AND_CONTROL("Tuần tra, kiểm soát thường xuyên"),
    ADMINISTRATIVE_MEASURES("Áp dụng biện pháp hành chính"),
    BUSINESS_CLOSED("Cơ sở kinh doanh ngừng hoạt động"),
    DISMANTLED_BY_ARREST("Triệt phá qua bắt giữ"),
    PROSECUTED("Khởi tố vụ án"),
    NO_LONGER_ACTIVE("Không còn hoạt động"),
    DEALER_DIED("Đối tượng đã chết"),
    DEALER_MOVED_AWAY("Đối tượng đã chuyển đi nơi khác"),
    DUPLICATE("Trùng lặp"),
    WRONGLY_LISTED("Xác lập không đúng"),
    ACTIVITY_RESUMED("Tái hoạt động trở lại"),
    NEW_REPORT_AT_SAME_PLACE("Tin báo mới tại địa điểm cũ");

    private final String label;

    HotspotReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
