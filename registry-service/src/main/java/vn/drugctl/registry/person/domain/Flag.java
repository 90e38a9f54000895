package vn.drugctl.registry.person.domain;

/** Flags and programmes a person carries besides the main list. */
public enum Flag {
    METHADONE("Người điều trị thay thế (methadone)"),
    DRUG_PSYCHOSIS("Người loạn thần do ma túy"),
    CUSTODY_HISTORY("Người có tiền sử nghiện/sử dụng trong trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng");

    private final String label;

    Flag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
