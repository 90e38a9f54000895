package vn.drugctl.registry.importing.domain;

import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What a review CSV file must look like; the README and the upload page describe the format from here. */
public final class SurveyCsvFormat {
    /** Separators recognised; the header line decides which one a file uses. */
    public static final String SEPARATORS = ",;";
    /** How dates are written: day/month/year, one or two digits for day and month, four for the year. */
    public static final String DATE_PATTERN = "dd/MM/yyyy";
    /** Separates the names in {@link SurveyColumn#ALIASES}. */
    public static final String ALIAS_SEPARATOR = "|";
    /** Longest record accepted, in characters; a longer one is a quote that was never closed. */
    public static final int MAX_RECORD_CHARS = 64 * 1024;

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private SurveyCsvFormat() {
    }

    /** The header line of an empty template, every column in template order. */
    public static String templateHeader(char separator) {
        return Arrays.stream(SurveyColumn.values()).map(SurveyColumn::header)
                .collect(Collectors.joining(String.valueOf(separator)));
    }

    /** The format as rules and a Markdown table of the columns, for the README. */
    public static String markdown() {
        StringBuilder text = new StringBuilder()
                .append("CSV, UTF-8 with or without BOM (Excel: \"CSV UTF-8\"); separator `,` or `;`, taken from the "
                        + "header line; values with a separator or quote in double quotes (RFC 4180); no value may "
                        + "hold a line break, tab or other control or invisible formatting character (the row is "
                        + "refused). "
                        + "Header on line 1, columns in any order, headers match ignoring case and diacritics; an "
                        + "unknown column rejects the file. Dates ").append(DATE_PATTERN)
                .append(". Blank rows are ignored.\n\n")
                .append("| column | need | content |\n|---|---|---|\n");
        for (SurveyColumn column : SurveyColumn.values()) {
            String need = switch (column.need()) {
                case REQUIRED -> "required";
                case OPTIONAL -> "optional";
                case UNLESS_BIRTH_DATE -> "required without " + SurveyColumn.BIRTH_DATE.header();
            };
            text.append("| ").append(column.header()).append(" | ").append(need).append(" | ")
                    .append(column.description().replace("|", "\\|")).append(" |\n");
        }
        return text.toString();
    }
}
