package vn.drugctl.hotspot.arrest.domain;

import java.util.regex.Pattern;

/**
 * Where a suspect lives, as written (often another province, so the text is not checked against this province's unit
 * catalogue), with an optional province code to count suspects by province, and, when the suspect lives in this
 * province, the optional code of the police unit of that place: that unit is told of the arrest
 * ({@link ResidentArrested}). The application checks that the unit is in the catalogue and of the province given.
 */
public record SuspectResidence(String text, String provinceCode, String unitCode) {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,31}");

    static SuspectResidence checked(String field, SuspectResidence residence) {
        if (residence == null) {
            return null;
        }
        String text = Texts.line(field + ".text", residence.text(), 300);
        String province = code(field + ".provinceCode", residence.provinceCode(), "a province");
        String unit = code(field + ".unitCode", residence.unitCode(), "a unit");
        return text == null && province == null && unit == null ? null : new SuspectResidence(text, province, unit);
    }

    private static String code(String field, String value, String what) {
        String code = Texts.line(field, value, 32);
        if (code != null && !CODE.matcher(code).matches()) {
            throw new InvalidIncidentData(field, "must be " + what + " code of capital letters, digits and '-', was '"
                    + code + "'");
        }
        return code;
    }
}
