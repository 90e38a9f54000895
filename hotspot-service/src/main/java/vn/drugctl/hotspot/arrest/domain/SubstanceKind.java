package vn.drugctl.hotspot.arrest.domain;

/** A seized substance by kind; {@link #OTHER} needs a name. */
public enum SubstanceKind {
    METHAMPHETAMINE("Ma túy đá"),
    HEROIN("Heroin"),
    KETAMINE("Ke"),
    MDMA("Thuốc lắc"),
    CANNABIS("Cần sa"),
    OTHER("Khác");

    private final String label;

    SubstanceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
