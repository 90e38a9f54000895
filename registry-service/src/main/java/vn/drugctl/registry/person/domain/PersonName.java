package vn.drugctl.registry.person.domain;

import vn.drugctl.common.text.NameText;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The one rule for a person's names, the full name and each alias, wherever they come from (the API, the survey
 * import): the same text is accepted or refused everywhere, with the same reason, and stored in the same form.
 * <ul>
 *   <li>No control or invisible formatting character anywhere, not even at the ends (NUL, tab, line breaks,
 *       zero-width spaces and joiners, bidirectional controls: see {@link FreeText}); they are refused, never
 *       silently dropped.</li>
 *   <li>Stored composed (NFC): decomposed input (a Mac, some Vietnamese keyboards) is accepted and stored like the
 *       composed one; the typographic apostrophe ’ is stored as {@code '}; runs of spaces (also non-breaking ones)
 *       become one space; spaces at the ends are trimmed.</li>
 *   <li>Letters of any script with their marks (Vietnamese diacritics stay as written), space, apostrophe
 *       ({@code H'Hen Niê}), hyphen and dot; no digits or other signs. Starts with a letter; a combining mark
 *       follows a letter.</li>
 *   <li>Length after normalisation, in characters (code points): full name {@value #FULL_NAME_MIN} to
 *       {@value #FULL_NAME_MAX}, alias {@value #ALIAS_MIN} to {@value #ALIAS_MAX}; at most {@value #MAX_ALIASES}
 *       aliases.</li>
 * </ul>
 * A reason never repeats the refused text (it may be long or hostile): it names a character by its code point.
 * The character rules are platform-core's {@link NameText}, shared by every service; the bounds are the registry's.
 */
public final class PersonName {
    public static final int FULL_NAME_MIN = 2;
    public static final int FULL_NAME_MAX = 100;
    public static final int ALIAS_MIN = 1;
    public static final int ALIAS_MAX = 100;
    public static final int MAX_ALIASES = 10;

    /** Which name a text is; they differ only in their length bounds. */
    public enum Kind {
        FULL_NAME(FULL_NAME_MIN, FULL_NAME_MAX),
        ALIAS(ALIAS_MIN, ALIAS_MAX);

        private final int min;
        private final int max;

        Kind(int min, int max) {
            this.min = min;
            this.max = max;
        }
    }

    private PersonName() {
    }

    /** What is wrong with {@code raw} as a name of this kind, or empty when it is a valid name. */
    public static Optional<String> problem(String raw, Kind kind) {
        return NameText.problem(raw, kind.min, kind.max);
    }

    /**
     * The stored form of a name: composed (NFC), ’ as {@code '}, single spaces, trimmed. Does not check it; a
     * control character is kept, for {@link #problem} to refuse.
     */
    public static String normalise(String raw) {
        return NameText.normalise(raw);
    }

    /**
     * The full name as stored.
     *
     * @throws InvalidPersonData on field {@code fullName} with the reason
     */
    public static String fullName(String raw) {
        problem(raw, Kind.FULL_NAME).ifPresent(problem -> {
            throw new InvalidPersonData("fullName", problem);
        });
        return normalise(raw);
    }

    /**
     * The aliases as stored, in their order, each once.
     *
     * @throws InvalidPersonData on field {@code aliases} (too many) or {@code aliases[i]} (zero-based) with the reason
     */
    public static List<String> aliases(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        if (raw.size() > MAX_ALIASES) {
            throw new InvalidPersonData("aliases", "at most " + MAX_ALIASES + " aliases, not " + raw.size());
        }
        LinkedHashSet<String> aliases = new LinkedHashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String field = "aliases[" + i + "]";
            problem(raw.get(i), Kind.ALIAS).ifPresent(problem -> {
                throw new InvalidPersonData(field, problem);
            });
            aliases.add(normalise(raw.get(i)));
        }
        return List.copyOf(aliases);
    }
}
