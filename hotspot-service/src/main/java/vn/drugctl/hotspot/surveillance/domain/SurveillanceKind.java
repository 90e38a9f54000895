package vn.drugctl.hotspot.surveillance.domain;

/** The kind of a surveillance record: a profile (sưu tra), a suspect under watch (hiềm nghi, also on cyberspace) or a special case (chuyên án). */
public enum SurveillanceKind {
    SUU_TRA("Sưu tra"),
    HIEM_NGHI("Hiềm nghi"),
    HIEM_NGHI_CYBERSPACE("Hiềm nghi trên không gian mạng"),
    CHUYEN_AN("Chuyên án");

    private final String label;

    SurveillanceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
