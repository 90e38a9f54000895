package vn.drugctl.hotspot.hotspot.domain;

import vn.drugctl.common.domain.InvalidField;
import vn.drugctl.common.text.FoldedText;
import vn.drugctl.common.text.FreeText;
import vn.drugctl.common.text.NameText;

/**
 * The hotspot's text rules, on platform-core's shared ones ({@link FreeText}, {@link NameText}): a refused value is
 * {@link InvalidField} (400) naming the field and the reason, never repeating the text; an accepted one is stored
 * composed (NFC) with single spaces.
 */
public final class Texts {
    public static final int LINE_MAX = 200;
    public static final int NOTE_MAX = 4000;
    public static final int NAME_MAX = 100;

    private Texts() {
    }

    /** One line of free text, at most {@code max} characters; {@code null} or blank is absent ({@code null}). */
    public static String line(String field, String raw, int max) {
        if (raw == null) {
            return null;
        }
        FreeText.problem(raw, false).ifPresent(p -> {
            throw new InvalidField(field, p);
        });
        String text = FoldedText.normalise(raw);
        if (text.isEmpty()) {
            return null;
        }
        length(field, text, max);
        return text;
    }

    /** A required line of free text with at least one letter or digit. */
    public static String requiredLine(String field, String raw, int max) {
        String text = line(field, raw, max);
        if (text == null) {
            throw new InvalidField(field, "is required");
        }
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new InvalidField(field, "must contain letters or digits");
        }
        return text;
    }

    /** Free text that may span lines (a note), at most {@code max} characters; blank is absent. */
    public static String note(String field, String raw, int max) {
        if (raw == null) {
            return null;
        }
        FreeText.problem(raw, true).ifPresent(p -> {
            throw new InvalidField(field, p);
        });
        String text = java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFC).strip();
        if (text.isEmpty()) {
            return null;
        }
        length(field, text, max);
        return text;
    }

    /** A person's name by the shared name rule (2 to {@value #NAME_MAX} characters). */
    public static String name(String field, String raw) {
        NameText.problem(raw, 2, NAME_MAX).ifPresent(p -> {
            throw new InvalidField(field, p);
        });
        return NameText.normalise(raw);
    }

    /** Folded for matching and search. */
    public static String fold(String text) {
        return text == null ? "" : FoldedText.fold(text);
    }

    private static void length(String field, String text, int max) {
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            throw new InvalidField(field, "must be at most " + max + " characters long, not " + length);
        }
    }
}
