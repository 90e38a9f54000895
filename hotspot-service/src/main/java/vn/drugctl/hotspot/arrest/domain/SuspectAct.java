package vn.drugctl.hotspot.arrest.domain;

/** What a suspect did (hành vi), as the arrest reports name it. */
public enum SuspectAct {
    POSSESSION("Tàng trữ"),
    SALE("Mua bán"),
    TRANSPORT("Vận chuyển"),
    ORGANISING_USE("Tổ chức sử dụng"),
    HARBOURING("Chứa chấp"),
    OTHER("Khác");

    private final String label;

    SuspectAct(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
