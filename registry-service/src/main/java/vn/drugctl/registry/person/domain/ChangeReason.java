package vn.drugctl.registry.person.domain;

/** The closed list of reasons a person's list, flags or location change (DOMAIN.md, seeds 000 and 002). */
public enum ChangeReason {
    NEWLY_FOUND_BY_REVIEW("Rà soát mới"),
    MOVED_FROM_ANOTHER_LIST("Chuyển từ diện khác"),
    POSITIVE_TEST("Test dương tính"),
    ADDICTION_DETERMINED("Xác định tình trạng nghiện"),
    MANAGEMENT_PERIOD_EXPIRED("Hết thời hạn quản lý"),
    MOVED_AWAY("Đi khỏi địa phương"),
    DUPLICATE("Trùng"),
    SENT_TO_COMPULSORY_REHAB("Đưa đi cai nghiện bắt buộc"),
    RELEASED_FROM_COMPULSORY_REHAB("Chấp hành xong cai nghiện bắt buộc"),
    RELAPSE("Tái nghiện"),
    ENROLLED_IN_TREATMENT("Tham gia điều trị"),
    LEFT_TREATMENT("Thôi điều trị"),
    REPORTED_BY_HEALTH_FACILITY("Cơ sở y tế thông báo"),
    DIED("Chết"),
    IMPRISONED("Đi tù");

    private final String label;

    ChangeReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
