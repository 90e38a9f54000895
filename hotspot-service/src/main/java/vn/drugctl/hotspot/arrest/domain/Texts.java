package vn.drugctl.hotspot.arrest.domain;

import vn.drugctl.common.domain.InvalidField;
import vn.drugctl.common.text.FreeText;

import java.text.Normalizer;

/**
 * The check every free-text value of the arrest and surveillance records passes: platform-core's {@link FreeText},
 * the registry's and the hotspots' rule (any printable character of any script, but no control character, no
 * invisible formatting character, no line or paragraph separator, no lone surrogate; a note may contain line breaks). Values are stripped and put in
 * NFC, so a name typed in decomposed Unicode is stored like one typed precomposed. Plain Java.
 */
public final class Texts {
    private Texts() {
    }

    /** The value stripped and in NFC, {@code null} when absent or blank; refuses hidden characters naming the field. */
    public static String line(String field, String text, int maxLength) {
        return check(field, text, maxLength, false);
    }

    /** Like {@link #line} but line breaks are allowed. */
    public static String note(String field, String text, int maxLength) {
        return check(field, text, maxLength, true);
    }

    /** Like {@link #line} but the value is required. */
    public static String required(String field, String text, int maxLength) {
        String value = line(field, text, maxLength);
        if (value == null) {
            throw new InvalidField(field, "is required");
        }
        return value;
    }

    private static String check(String field, String text, int maxLength, boolean multiline) {
        if (text == null) {
            return null;
        }
        java.util.Optional<String> problem = FreeText.problem(text, multiline);
        if (problem.isPresent()) {
            throw new InvalidField(field, problem.get());
        }
        String value = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw new InvalidField(field, "must be at most " + maxLength + " characters (has " + value.length() + ")");
        }
        return value;
    }
}
