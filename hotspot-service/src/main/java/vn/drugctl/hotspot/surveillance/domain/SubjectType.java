package vn.drugctl.hotspot.surveillance.domain;

/** Who a surveillance record watches: one person, or a group (a chuyên án's ring). */
public enum SubjectType {
    PERSON("Cá nhân"),
    GROUP("Nhóm, đường dây");

    private final String label;

    SubjectType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
