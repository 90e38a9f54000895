package vn.drugctl.registry.person.domain;

/** The main lists (diện quản lý); a person is on at most one of them at a time. */
public enum MainList {
    ADDICT("Người nghiện ma túy"),
    ILLEGAL_USER("Người sử dụng trái phép chất ma túy"),
    SUSPECTED_ADDICT("Người nghi nghiện ma túy"),
    SUSPECTED_USER("Người nghi sử dụng trái phép chất ma túy"),
    POST_REHAB("Người bị quản lý sau cai nghiện");

    private final String label;

    MainList(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
