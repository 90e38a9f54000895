package vn.drugctl.registry.person.domain;

/** The age bands of the reports. */
public enum AgeBand {
    UNDER_30("Dưới 30 tuổi"),
    FROM_30("Từ 30 tuổi trở lên");

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
