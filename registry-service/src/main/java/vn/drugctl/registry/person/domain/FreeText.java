package vn.drugctl.registry.person.domain;

import java.util.Optional;

/**
 * The check every free-text value of the registry passes (villages, notes, document references, decision numbers,
 * purposes, who was asked): any printable character of any script, but no control character (Unicode Cc, such as
 * NUL or tab), no invisible formatting character (Cf: zero-width spaces and joiners, bidirectional controls, the
 * byte order mark, soft hyphens), no line or paragraph separator and no lone surrogate. Such characters hide or
 * reorder what a reader sees, break CSV and document exports, and forge lines in logs. A value that may span
 * several lines (a note) may contain line breaks (LF, CR), nothing else of the kind.
 * <p>
 * The rule is platform-core's {@link vn.drugctl.common.text.FreeText}, shared by every service.
 * Names follow the stricter {@link PersonName}. Plain Java, used by the API's request checks and the survey import
 * alike, so both refuse the same values with the same words.
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
        return vn.drugctl.common.text.FreeText.problem(text, multiline);
    }

    /** A control (Cc), formatting (Cf), line or paragraph separator, or a lone surrogate (Cs) character. */
    static boolean isHidden(int c) {
        return vn.drugctl.common.text.FreeText.isHidden(c);
    }

    /** {@code U+0000 NULL}: the code point and its Unicode name, never the character itself. */
    static String describe(int c) {
        return vn.drugctl.common.text.FreeText.describe(c);
    }
}
