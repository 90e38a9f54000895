package vn.drugctl.common.text;

import java.util.Optional;

/**
 * The check every free-text value passes (villages, roads, notes, document references, purposes...): any printable
 * character of any script, but no control character (Unicode Cc, such as NUL or tab), no invisible formatting
 * character (Cf: zero-width spaces and joiners, bidirectional controls, the byte order mark, soft hyphens), no line
 * or paragraph separator and no lone surrogate. Such characters hide or reorder what a reader sees, break CSV and
 * document exports, and forge lines in logs. A value that may span several lines (a note) may contain line breaks
 * (LF, CR), nothing else of the kind. A reason never repeats the refused text: it names the character by code point.
 */
public final class FreeText {
    private FreeText() {
    }

    /** What is wrong with a one-line value, or empty when it may be stored; null is fine (absent). */
    public static Optional<String> problem(String text) {
        return problem(text, false);
    }

    /**
     * What is wrong with the value, or empty when it may be stored; null is fine (absent).
     *
     * @param multiline whether line breaks (LF, CR) are allowed
     */
    public static Optional<String> problem(String text, boolean multiline) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0, position = 1; i < text.length(); position++) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (multiline && (c == '\n' || c == '\r')) {
                continue;
            }
            if (c == '\n' || c == '\r' || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                return Optional.of("must be on one line: found a line break (" + describe(c) + ") at character "
                        + position);
            }
            if (isHidden(c)) {
                return Optional.of("must not contain control or invisible formatting characters: found "
                        + describe(c) + " at character " + position);
            }
        }
        return Optional.empty();
    }

    /** A control (Cc), formatting (Cf), line or paragraph separator, or a lone surrogate (Cs) character. */
    public static boolean isHidden(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** {@code U+0000 NULL}: the code point and its Unicode name, never the character itself. */
    public static String describe(int c) {
        String name = Character.getName(c);
        return String.format("U+%04X", c) + (name == null ? "" : " " + name);
    }
}
