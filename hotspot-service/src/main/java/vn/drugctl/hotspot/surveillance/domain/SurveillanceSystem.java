package vn.drugctl.hotspot.surveillance.domain;

/** The system (hệ) of a surveillance profile. */
public enum SurveillanceSystem {
    H1("Hệ 1"),
    H2("Hệ 2"),
    H3("Hệ 3"),
    H4("Hệ 4"),
    H5("Hệ 5"),
    H6("Hệ 6"),
    H7("Hệ 7"),
    H8("Hệ 8"),
    H9("Hệ 9"),
    H10("Hệ 10");

    private final String label;

    SurveillanceSystem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
