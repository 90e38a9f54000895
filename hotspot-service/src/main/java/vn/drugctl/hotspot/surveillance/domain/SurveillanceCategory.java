package vn.drugctl.hotspot.surveillance.domain;

/** The category (danh mục) of a surveillance profile. */
public enum SurveillanceCategory {
    DM1("Danh mục 1"),
    DM2("Danh mục 2"),
    DM3("Danh mục 3");

    private final String label;

    SurveillanceCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
