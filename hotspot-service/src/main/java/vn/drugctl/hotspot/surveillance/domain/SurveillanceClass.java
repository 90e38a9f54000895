package vn.drugctl.hotspot.surveillance.domain;

/** The class (loại) of a surveillance profile. */
public enum SurveillanceClass {
    A("Loại A"),
    B("Loại B");

    private final String label;

    SurveillanceClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
