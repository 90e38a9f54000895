package vn.drugctl.registry.importing.domain;

/**
 * What is wrong with one value of a row, or with the whole row.
 *
 * @param line    physical line of the file where the row starts; the header is line 1
 * @param column  the header of the column (as in the template, or as written for an unknown column); null when the
 *                row as a whole is wrong
 * @param message what is wrong, naming the rule
 */
public record SurveyRowError(int line, String column, String message) {
    static SurveyRowError of(int line, SurveyColumn column, String message) {
        return new SurveyRowError(line, column.header(), message);
    }

    @Override
    public String toString() {
        return "line " + line + (column == null ? "" : ", " + column) + ": " + message;
    }
}
