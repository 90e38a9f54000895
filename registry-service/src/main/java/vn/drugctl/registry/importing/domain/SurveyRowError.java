package vn.drugctl.registry.importing.domain;

/**
 * What is wrong with one value of a row, or with the whole row. Bounded whatever the file holds: a value quoted back
 * is cut to {@value #MAX_SHOWN} characters ({@link #shown}), the column to {@value #MAX_SHOWN} and the message to
 * {@value #MAX_MESSAGE}, each with an ellipsis, so that a cell of 64 KB cannot make an error (or the thousand errors
 * an import keeps) large.
 *
 * @param line    physical line of the file where the row starts; the header is line 1
 * @param column  the header of the column (as in the template, or as written for an unknown column); null when the
 *                row as a whole is wrong
 * @param message what is wrong, naming the rule
 */
public record SurveyRowError(int line, String column, String message) {
    /** Longest value quoted back in a message, and longest column name, in characters. */
    public static final int MAX_SHOWN = 200;
    /** Longest message, in characters. */
    public static final int MAX_MESSAGE = 1_000;
    private static final String ELLIPSIS = "…";

    public SurveyRowError {
        column = cut(column, MAX_SHOWN);
        message = cut(message, MAX_MESSAGE);
    }

    static SurveyRowError of(int line, SurveyColumn column, String message) {
        return new SurveyRowError(line, column.header(), message);
    }

    /** A value as it may be quoted back in a message: at most {@value #MAX_SHOWN} characters, then "…". */
    public static String shown(String value) {
        return cut(value, MAX_SHOWN);
    }

    private static String cut(String text, int max) {
        if (text == null || text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + ELLIPSIS;
    }

    @Override
    public String toString() {
        return "line " + line + (column == null ? "" : ", " + column) + ": " + message;
    }
}
