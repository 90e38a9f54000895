package vn.drugctl.common.text;

import java.util.Optional;

/**
 * The one rule for a person's name, wherever it is entered (a registry person, a retail dealer, a suspect):
 * <ul>
 *   <li>no control or invisible formatting character anywhere ({@link FreeText}); refused, never dropped;</li>
 *   <li>stored composed (NFC), the typographic apostrophe ’ as {@code '}, single spaces, trimmed
 *       ({@link #normalise});</li>
 *   <li>letters of any script with their marks (Vietnamese diacritics stay as written), space, apostrophe
 *       ({@code H'Hen Niê}), hyphen and dot; no digits or other signs; starts with a letter; a combining mark follows
 *       a letter;</li>
 *   <li>a length in characters (code points) within the caller's bounds, after normalisation.</li>
 * </ul>
 * A reason never repeats the refused text (it may be long or hostile): it names a character by its code point.
 */
public final class NameText {
    private static final int TYPOGRAPHIC_APOSTROPHE = '\u2019';

    private NameText() {
    }

    /** What is wrong with {@code raw} as a name of {@code min} to {@code max} characters, or empty when valid. */
    public static Optional<String> problem(String raw, int min, int max) {
        if (raw == null) {
            return Optional.of("is required");
        }
        for (int i = 0, position = 1; i < raw.length(); position++) {
            int c = raw.codePointAt(i);
            i += Character.charCount(c);
            if (FreeText.isHidden(c)) {
                return Optional.of("must not contain control or invisible formatting characters: found "
                        + FreeText.describe(c) + " at character " + position);
            }
        }
        String name = normalise(raw);
        if (name.isEmpty()) {
            return Optional.of("is required");
        }
        int previous = -1;
        for (int i = 0, position = 1; i < name.length(); position++) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            if (isMark(c)) {
                if (previous < 0 || !(Character.isLetter(previous) || isMark(previous))) {
                    return Optional.of("has an accent mark (" + FreeText.describe(c) + ") that follows no letter, at "
                            + "character " + position);
                }
            } else if (!Character.isLetter(c) && c != ' ' && c != '\'' && c != '-' && c != '.') {
                return Optional.of("may contain only letters, spaces, apostrophes ('), hyphens (-) and dots (.): "
                        + "found " + shown(c) + " at character " + position);
            } else if (previous < 0 && !Character.isLetter(c)) {
                return Optional.of("must start with a letter");
            }
            previous = c;
        }
        int length = name.codePointCount(0, name.length());
        if (length < min || length > max) {
            return Optional.of("must be " + min + " to " + max + " characters long, not " + length);
        }
        return Optional.empty();
    }

    /** The stored form: composed (NFC), ’ as {@code '}, single spaces, trimmed. Does not check it. */
    public static String normalise(String raw) {
        return FoldedText.normalise(raw).replace((char) TYPOGRAPHIC_APOSTROPHE, '\'');
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** A refused printable character, quoted, with its code point: {@code '3' (U+0033)}. */
    private static String shown(int c) {
        return "'" + Character.toString(c) + "' (" + String.format("U+%04X", c) + ")";
    }
}
