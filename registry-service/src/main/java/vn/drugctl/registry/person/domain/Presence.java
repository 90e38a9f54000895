package vn.drugctl.registry.person.domain;

/** Whether the person still lives in the managing unit's locality. */
public enum Presence {
    PRESENT("Có mặt tại địa phương"),
    LEFT_PENDING_VERIFICATION("Đi khỏi địa phương, chờ xác minh"),
    VERIFIED_MOVED("Đã xác minh đi khỏi địa phương");

    private final String label;

    Presence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
