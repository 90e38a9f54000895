package vn.drugctl.hotspot.arrest.domain;

import java.util.regex.Pattern;

/**
 * Where a suspect lives, as written (often another province, so it is not checked against this province's unit
 * catalogue), with an optional province code to count suspects by province.
 */
public record SuspectResidence(String text, String provinceCode) {
    private static final Pattern PROVINCE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,31}");

    static SuspectResidence checked(String field, SuspectResidence residence) {
        if (residence == null) {
            return null;
        }
        String text = Texts.line(field + ".text", residence.text(), 300);
        String province = Texts.line(field + ".provinceCode", residence.provinceCode(), 32);
        if (province != null && !PROVINCE.matcher(province).matches()) {
            throw new InvalidIncidentData(field + ".provinceCode",
                    "must be a province code of capital letters, digits and '-', was '" + province + "'");
        }
        return text == null && province == null ? null : new SuspectResidence(text, province);
    }
}
