package vn.drugctl.hotspot.arrest.domain;

/** What an incident did to a hotspot (Guidance 689): eradicated it (triệt xóa) or neutralised it (vô hiệu hóa). */
public enum HotspotEffectKind {
    ERADICATES("Triệt xóa"),
    NEUTRALISES("Vô hiệu hóa");

    private final String label;

    HotspotEffectKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
