package vn.drugctl.registry.importing.domain;

import vn.drugctl.registry.person.domain.FoldedName;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of the review CSV, in the order of the template. A file may order them freely; headers match
 * ignoring case, diacritics and extra spaces ("HO VA TEN" is "Họ và tên").
 */
public enum SurveyColumn {
    FULL_NAME("Họ và tên", Need.REQUIRED,
            "Full name as on the CCCD, with diacritics if possible: 2 to 100 letters, spaces, apostrophes, hyphens and "
                    + "dots (no digits), the same rule as the API."),
    ALIASES("Tên gọi khác", Need.OPTIONAL,
            "Other names and nicknames, separated by |: at most 10, each 1 to 100 characters, same rule as the name."),
    SEX("Giới tính", Need.REQUIRED,
            "Nam or Nữ (also MALE/FEMALE)."),
    BIRTH_DATE("Ngày sinh", Need.OPTIONAL,
            "Birth date dd/MM/yyyy when known; not in the future."),
    BIRTH_YEAR("Năm sinh", Need.UNLESS_BIRTH_DATE,
            "Birth year yyyy; required unless Ngày sinh is given, and must agree with it."),
    CCCD("Số CCCD", Need.OPTIONAL,
            "12-digit citizen ID; checked against province codes, birth year and sex. Format the column as text."),
    PERMANENT_VILLAGE("Thôn/xóm thường trú", Need.OPTIONAL,
            "Village or residential group of the permanent residence (Thôn 3, Xóm Đông, Tổ dân phố 5)."),
    PERMANENT_UNIT("Mã đơn vị thường trú", Need.OPTIONAL,
            "Code of the commune unit of the permanent residence, e.g. HN-BL-VUBAN."),
    CURRENT_VILLAGE("Thôn/xóm hiện tại", Need.OPTIONAL,
            "Where the person lives now, if not at the permanent residence (may be in another province)."),
    CURRENT_UNIT("Mã đơn vị hiện tại", Need.OPTIONAL,
            "Code of the commune unit where the person lives now, if known."),
    LIST("Diện quản lý", Need.REQUIRED,
            "The list: its Vietnamese name (e.g. Người nghi sử dụng trái phép chất ma túy) or its code (SUSPECTED_USER)."),
    LISTED_ON("Ngày vào diện", Need.REQUIRED,
            "Date the person entered the list, dd/MM/yyyy; not in the future."),
    REASON("Lý do", Need.OPTIONAL,
            "Reason for entering the list (e.g. Rà soát mới or NEWLY_FOUND_BY_REVIEW); default Rà soát mới."),
    DECISION("Số quyết định/văn bản", Need.OPTIONAL,
            "Number of the decision or document behind the entry.");

    /** Whether a column must be present in the header and filled in every row. */
    public enum Need {
        REQUIRED,
        OPTIONAL,
        /** Required when the row has no {@link #BIRTH_DATE}. */
        UNLESS_BIRTH_DATE
    }

    private final String header;
    private final Need need;
    private final String description;
    private final String foldedHeader;

    SurveyColumn(String header, Need need, String description) {
        this.header = header;
        this.need = need;
        this.description = description;
        this.foldedHeader = FoldedName.fold(header);
    }

    /** The header text of the template, in Vietnamese with diacritics. */
    public String header() {
        return header;
    }

    public Need need() {
        return need;
    }

    /** One line for the README and the upload page. */
    public String description() {
        return description;
    }

    /** The column whose header this text is, ignoring case, diacritics, Unicode form and extra spaces. */
    public static Optional<SurveyColumn> byHeader(String text) {
        String folded = FoldedName.fold(text);
        return Arrays.stream(values()).filter(column -> column.foldedHeader.equals(folded)).findFirst();
    }
}
