package vn.drugctl.registry.person.domain;

/** Where an addict is. */
public enum AddictLocation {
    COMMUNITY("Ngoài cộng đồng"),
    COMPULSORY_REHAB("Cơ sở cai nghiện bắt buộc"),
    VOLUNTARY_REHAB("Cai nghiện tự nguyện"),
    PRISON("Trại giam");

    private final String label;

    AddictLocation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
