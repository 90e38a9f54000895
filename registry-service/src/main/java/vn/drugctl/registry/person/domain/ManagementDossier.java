package vn.drugctl.registry.person.domain;

/** Whether a management dossier (hồ sơ quản lý) exists for the person. */
public enum ManagementDossier {
    NONE("Chưa lập hồ sơ quản lý"),
    OPEN("Đã lập hồ sơ quản lý"),
    CLOSED("Đã kết thúc hồ sơ quản lý");

    private final String label;

    ManagementDossier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
