package vn.drugctl.registry.person.domain;

import vn.drugctl.common.text.FoldedText;


/**
 * Vietnamese names folded for matching: no diacritics, đ → d, lower case, single spaces; platform-core's
 * {@link FoldedText}, the rule every service shares.
 */
public final class FoldedName {
    private FoldedName() {
    }

    public static String fold(String name) {
        return FoldedText.fold(name);
    }

    /**
     * The text as written, in composed form (NFC), every run of spaces (any Unicode space separator, also the
     * non-breaking one) made one ASCII space, none at the ends: the form the registry stores. Control characters
     * (tab, line breaks, NUL...) are left in place, never turned into spaces, so that the checks of {@link PersonName}
     * and {@link FreeText} see and refuse them.
     */
    public static String normalise(String text) {
        return FoldedText.normalise(text);
    }
}
