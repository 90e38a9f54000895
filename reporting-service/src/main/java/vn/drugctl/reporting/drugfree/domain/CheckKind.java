package vn.drugctl.reporting.drugfree.domain;

/** What a drug-free criterion counts; the Vietnamese label is what a commission reads. */
public enum CheckKind {
    /** Active points of the given hotspot kinds at the evaluation date (stock). */
    ACTIVE_HOTSPOTS("Điểm, tụ điểm phức tạp, đối tượng bán lẻ ma túy đang hoạt động"),
    /** People who came onto a list (e.g. became addicts) in the evaluation year (flow). */
    NEW_ON_LIST("Người mới phát sinh trong danh sách trong năm đánh giá"),
    /** People on the managed lists at the evaluation date without a management dossier (stock). */
    WITHOUT_DOSSIER("Người thuộc diện quản lý chưa có hồ sơ quản lý"),
    /** Residents of the commune arrested for drug offences in the evaluation year (flow). */
    RESIDENT_ARRESTS("Người cư trú trên địa bàn bị bắt giữ về ma túy trong năm đánh giá");

    private final String label;

    CheckKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
