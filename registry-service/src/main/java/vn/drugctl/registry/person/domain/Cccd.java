package vn.drugctl.registry.person.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A citizen identity number (số CCCD / số định danh cá nhân): 12 digits whose structure is fixed by Circular
 * 07/2016/TT-BCA (kept by 59/2021/TT-BCA).
 * <ul>
 *   <li>digits 1–3: province where the birth was registered ({@link ProvinceCodes});</li>
 *   <li>digit 4: century and sex, even for men and odd for women: 0/1 born 1900–1999, 2/3 2000–2099, 4/5 2100–2199,
 *       6/7 2200–2299, 8/9 2300–2399;</li>
 *   <li>digits 5–6: the last two digits of the birth year;</li>
 *   <li>digits 7–12: a random number.</li>
 * </ul>
 * There is no check digit, so a well-formed number can still be mistyped; {@link #inconsistenciesWith} catches the
 * typos that contradict the birth year or sex recorded for the person.
 *
 * @param value the 12 digits, without spaces
 */
public record Cccd(String value) {
    /** The field name that {@link InvalidPersonData} carries for a CCCD. */
    public static final String FIELD = "cccd";

    public Cccd {
        if (value == null || value.isEmpty()) {
            throw new InvalidPersonData(FIELD, "must not be blank");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidPersonData(FIELD, "must be 12 digits, found '"
                        + Character.toString(value.codePointAt(i)) + "' at position " + (i + 1) + " which is not a digit");
            }
        }
        if (value.length() != 12) {
            throw new InvalidPersonData(FIELD, "must be 12 digits, found " + value.length() + hintForLength(value.length()));
        }
        String province = value.substring(0, 3);
        if (!ProvinceCodes.isKnown(province)) {
            throw new InvalidPersonData(FIELD, "unknown province code " + province);
        }
    }

    /**
     * Reads a CCCD as typed: spaces anywhere (also non-breaking and zero-width ones a spreadsheet leaves) are removed.
     *
     * @throws InvalidPersonData with field {@value #FIELD} naming what is wrong, also when {@code raw} is null or blank
     */
    public static Cccd parse(String raw) {
        String digits = raw == null ? "" : withoutSpaces(raw);
        if (digits.isEmpty()) {
            throw new InvalidPersonData(FIELD, "must not be blank");
        }
        return new Cccd(digits);
    }

    /** Like {@link #parse} but an unknown CCCD (null or blank) is empty instead of an error. */
    public static Optional<Cccd> parseIfPresent(String raw) {
        if (raw == null || withoutSpaces(raw).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(parse(raw));
    }

    public String provinceCode() {
        return value.substring(0, 3);
    }

    /** Name of the province of birth registration as it was before the 2025 mergers, e.g. "Hà Nam". */
    public String provinceName() {
        return ProvinceCodes.nameOf(provinceCode()).orElseThrow();
    }

    /** First year of the century digit 4 names: 1900, 2000, 2100, 2200 or 2300. */
    public int birthCentury() {
        return 1900 + (centurySexDigit() / 2) * 100;
    }

    /** The birth year digits 4–6 name together, e.g. 1990 for {@code 0350 90 ...}. */
    public int impliedBirthYear() {
        return birthCentury() + Integer.parseInt(value.substring(4, 6));
    }

    public Sex impliedSex() {
        return centurySexDigit() % 2 == 0 ? Sex.MALE : Sex.FEMALE;
    }

    /**
     * What contradicts the person's birth year and sex, one message per contradiction; empty when consistent.
     * A null birth year or sex is unknown and not checked.
     */
    public List<String> inconsistenciesWith(Integer birthYear, Sex sex) {
        List<String> problems = new ArrayList<>();
        if (birthYear != null) {
            int century = birthCentury();
            if (birthYear < century || birthYear > century + 99) {
                problems.add("digit 4 (century/sex) says born " + century + "–" + (century + 99)
                        + " but birth year is " + birthYear);
            }
            String yearDigits = value.substring(4, 6);
            if (Math.floorMod(birthYear, 100) != Integer.parseInt(yearDigits)) {
                problems.add("digits 5–6 say birth year .." + yearDigits + " but birth year is " + birthYear);
            }
        }
        if (sex != null && sex != impliedSex()) {
            problems.add("digit 4 says " + (impliedSex() == Sex.MALE ? "male" : "female") + " but sex is " + sex);
        }
        return problems;
    }

    /**
     * @return this CCCD, when it agrees with the birth year and sex (each may be null: unknown, not checked)
     * @throws InvalidPersonData with field {@value #FIELD} listing every contradiction
     */
    public Cccd requireConsistentWith(Integer birthYear, Sex sex) {
        List<String> problems = inconsistenciesWith(birthYear, sex);
        if (!problems.isEmpty()) {
            throw new InvalidPersonData(FIELD, String.join("; ", problems));
        }
        return this;
    }

    private int centurySexDigit() {
        return value.charAt(3) - '0';
    }

    private static String hintForLength(int length) {
        if (length == 9) {
            return " (a 9-digit number is an old CMND, not a CCCD)";
        }
        if (length == 10 || length == 11) {
            return " (a spreadsheet may have dropped leading zeros: format the column as text)";
        }
        return "";
    }

    private static String withoutSpaces(String raw) {
        StringBuilder kept = new StringBuilder(raw.length());
        raw.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200B' && c != '\uFEFF')
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
