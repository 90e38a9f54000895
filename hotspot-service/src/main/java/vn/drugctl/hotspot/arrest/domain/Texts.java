package vn.drugctl.hotspot.arrest.domain;

import vn.drugctl.common.domain.InvalidField;

import java.text.Normalizer;

/**
 * The check every free-text value of the arrest and surveillance records passes (the registry's rule): any printable
 * character of any script, but no control character (Cc), no invisible formatting character (Cf), no line or
 * paragraph separator and no lone surrogate; a note may contain line breaks (LF, CR). Values are stripped and put in
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
        for (int i = 0, position = 1; i < text.length(); position++) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (multiline && (c == '\n' || c == '\r')) {
                continue;
            }
            int type = Character.getType(c);
            if (c == '\n' || c == '\r' || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                throw new InvalidField(field, "must be on one line: found a line break (" + describe(c)
                        + ") at character " + position);
            }
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE) {
                throw new InvalidField(field, "must not contain control or invisible formatting characters: found "
                        + describe(c) + " at character " + position);
            }
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

    private static String describe(int c) {
        String name = Character.getName(c);
        return String.format("U+%04X", c) + (name == null ? "" : " " + name);
    }
}
