package vn.drugctl.common.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text folded for matching and search: no diacritics, đ → d, lower case, single spaces; and the stored
 * form of a text as written (composed, single spaces). One rule for every service, so that "nguyen van tuan" finds
 * "Nguyễn Văn Tuấn" (typed composed or decomposed) wherever it is stored.
 */
public final class FoldedText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private FoldedText() {
    }

    /** No diacritics, đ → d, lower case, single spaces, trimmed. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String stripped = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(stripped.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
    }

    /**
     * The text as written, in composed form (NFC), every run of spaces (any Unicode space separator, also the
     * non-breaking one) made one ASCII space, none at the ends. Control characters (tab, line breaks, NUL...) are
     * left in place, never turned into spaces, so that the checks of {@link FreeText} and {@link NameText} see and
     * refuse them.
     */
    public static String normalise(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder normalised = new StringBuilder(composed.length());
        boolean space = false;
        for (int i = 0; i < composed.length(); ) {
            int c = composed.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.SPACE_SEPARATOR) {
                space = true;
                continue;
            }
            if (space && !normalised.isEmpty()) {
                normalised.append(' ');
            }
            space = false;
            normalised.appendCodePoint(c);
        }
        return normalised.toString();
    }
}
