package vn.drugctl.registry.importing.domain;

import vn.drugctl.registry.importing.domain.CsvRecordReader.CsvRecord;
import vn.drugctl.registry.person.domain.Cccd;
import vn.drugctl.registry.person.domain.ChangeReason;
import vn.drugctl.registry.person.domain.FoldedName;
import vn.drugctl.registry.person.domain.FreeText;
import vn.drugctl.registry.person.domain.InvalidPersonData;
import vn.drugctl.registry.person.domain.MainList;
import vn.drugctl.registry.person.domain.PersonName;
import vn.drugctl.registry.person.domain.Sex;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a review CSV ({@link SurveyCsvFormat}) row by row and hands each row to a {@link SurveyRowVisitor}, typed
 * and checked, or with every error it has. Holds one row in memory at a time, so files of any length stream through.
 * <p>
 * The header is checked first: an unknown, duplicated or missing column refuses the file with errors on line 1 and
 * no rows are read. A quoted value that is never closed stops the reading at the row where it opens, after the rows
 * before it were reported. Blank rows (also rows of separators only) are skipped.
 */
public final class SurveyCsvParser {
    public static final int PROGRESS_EVERY_ROWS = 1_000;

    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final char NOT_DECODED = '\uFFFD';
    private static final String NOT_UTF8 = "contains bytes that are not UTF-8: save the file as \"CSV UTF-8\"";
    private static final int FIRST_BIRTH_YEAR = 1900;

    private final LocalDate today;

    /** @param today the date uploads are checked against: no birth or list entry may come after it */
    public SurveyCsvParser(LocalDate today) {
        this.today = Objects.requireNonNull(today, "today");
    }

    /** Reads UTF-8 bytes (a BOM is skipped); progress counts bytes. */
    public SurveyParseSummary parse(InputStream utf8, SurveyRowVisitor visitor) throws IOException {
        CountingInputStream counting = new CountingInputStream(utf8);
        Reader reader = new InputStreamReader(counting, StandardCharsets.UTF_8);
        return parse(new CsvRecordReader(reader, SurveyCsvFormat.MAX_RECORD_CHARS), visitor, counting::count);
    }

    /** Reads characters (a leading BOM is skipped); progress counts characters. */
    public SurveyParseSummary parse(Reader reader, SurveyRowVisitor visitor) throws IOException {
        CsvRecordReader records = new CsvRecordReader(reader, SurveyCsvFormat.MAX_RECORD_CHARS);
        return parse(records, visitor, records::charsRead);
    }

    /**
     * Counts the rows after the header without checking them, for a progress bar or an estimate: a cheap first pass
     * over the same file. Blank rows are not counted; reading stops where a quote is never closed.
     */
    public static int countRows(Reader reader) throws IOException {
        CsvRecordReader records = new CsvRecordReader(reader, SurveyCsvFormat.MAX_RECORD_CHARS);
        int rows = -1;
        try {
            for (CsvRecord record = records.next(); record != null; record = records.next()) {
                if (rows < 0 || !record.isBlank()) {
                    rows++;
                }
            }
        } catch (CsvRecordReader.Unreadable unreadable) {
            // counted up to where it became unreadable
        }
        return Math.max(rows, 0);
    }

    private SurveyParseSummary parse(CsvRecordReader records, SurveyRowVisitor visitor, LongSupplier inputRead)
            throws IOException {
        Objects.requireNonNull(visitor, "visitor");
        int accepted = 0;
        int rejected = 0;
        boolean headerRead = false;
        try {
            CsvRecord headerRecord = records.next();
            headerRead = true;
            List<SurveyRowError> headerErrors = new ArrayList<>();
            SurveyColumn[] columns = headerRecord == null ? null : header(headerRecord, headerErrors);
            if (headerRecord == null || headerRecord.isBlank()) {
                headerErrors.add(new SurveyRowError(1, null, "the file is empty: line 1 must be the header ("
                        + SurveyCsvFormat.templateHeader(',') + ")"));
            }
            if (!headerErrors.isEmpty()) {
                visitor.rejected(1, List.copyOf(headerErrors));
                return new SurveyParseSummary(0, 0, false);
            }
            for (CsvRecord record = records.next(); record != null; record = records.next()) {
                if (record.isBlank()) {
                    continue;
                }
                List<SurveyRowError> errors = new ArrayList<>();
                SurveyRow row = row(record, columns, errors);
                if (errors.isEmpty()) {
                    accepted++;
                    visitor.accepted(row);
                } else {
                    rejected++;
                    visitor.rejected(record.line(), List.copyOf(errors));
                }
                if ((accepted + rejected) % PROGRESS_EVERY_ROWS == 0) {
                    visitor.progress(accepted + rejected, inputRead.getAsLong());
                }
            }
            visitor.progress(accepted + rejected, inputRead.getAsLong());
            return new SurveyParseSummary(accepted, rejected, true);
        } catch (CsvRecordReader.Unreadable unreadable) {
            if (headerRead) {
                rejected++;
            }
            visitor.rejected(unreadable.line(), List.of(new SurveyRowError(unreadable.line(), null,
                    unreadable.getMessage() + "; nothing after it was read")));
            visitor.progress(accepted + rejected, inputRead.getAsLong());
            return new SurveyParseSummary(accepted, rejected, false);
        }
    }

    /** The column of each position (null for a blank header cell), or null when the header is refused. */
    private static SurveyColumn[] header(CsvRecord record, List<SurveyRowError> errors) {
        if (record.isBlank()) {
            return null;
        }
        if (record.fields().stream().anyMatch(field -> field.indexOf(NOT_DECODED) >= 0)) {
            errors.add(new SurveyRowError(1, null, "the header " + NOT_UTF8));
            return null;
        }
        if (record.problem() != null) {
            errors.add(new SurveyRowError(1, null, record.problem()));
        }
        List<String> fields = record.fields();
        SurveyColumn[] columns = new SurveyColumn[fields.size()];
        Map<SurveyColumn, Integer> positions = new EnumMap<>(SurveyColumn.class);
        String expected = Arrays.stream(SurveyColumn.values()).map(SurveyColumn::header)
                .collect(Collectors.joining(", "));
        for (int i = 0; i < fields.size(); i++) {
            String text = FoldedName.normalise(fields.get(i));
            if (text.isEmpty()) {
                continue;
            }
            Optional<SurveyColumn> column = SurveyColumn.byHeader(text);
            if (column.isEmpty()) {
                errors.add(new SurveyRowError(1, SurveyRowError.shown(text), "unknown column " + (i + 1)
                        + "; the columns are: " + expected));
            } else if (positions.containsKey(column.get())) {
                errors.add(SurveyRowError.of(1, column.get(), "column appears twice (columns "
                        + (positions.get(column.get()) + 1) + " and " + (i + 1) + ")"));
            } else {
                positions.put(column.get(), i);
                columns[i] = column.get();
            }
        }
        for (SurveyColumn column : SurveyColumn.values()) {
            if (column.need() == SurveyColumn.Need.REQUIRED && !positions.containsKey(column)) {
                errors.add(SurveyRowError.of(1, column, "required column is missing"));
            }
        }
        if (!positions.containsKey(SurveyColumn.BIRTH_YEAR) && !positions.containsKey(SurveyColumn.BIRTH_DATE)) {
            errors.add(SurveyRowError.of(1, SurveyColumn.BIRTH_YEAR, "required column is missing (or give "
                    + SurveyColumn.BIRTH_DATE.header() + ")"));
        }
        return columns;
    }

    private SurveyRow row(CsvRecord record, SurveyColumn[] columns, List<SurveyRowError> errors) {
        int line = record.line();
        if (record.problem() != null) {
            errors.add(new SurveyRowError(line, null, record.problem()));
            return null;
        }
        if (record.fields().size() != columns.length) {
            errors.add(new SurveyRowError(line, null, "the row has " + record.fields().size()
                    + " values but the header has " + columns.length
                    + " columns (a value containing the separator must be in double quotes)"));
            return null;
        }
        Map<SurveyColumn, String> values = new EnumMap<>(SurveyColumn.class);
        for (int i = 0; i < columns.length; i++) {
            String value = record.fields().get(i);
            if (value.isBlank()) {
                continue;
            }
            if (columns[i] == null) {
                errors.add(new SurveyRowError(line, null, "value in column " + (i + 1) + ", which has no header"));
            } else if (value.indexOf(NOT_DECODED) >= 0) {
                errors.add(SurveyRowError.of(line, columns[i], NOT_UTF8));
            } else if (columns[i] == SurveyColumn.FULL_NAME || columns[i] == SurveyColumn.ALIASES) {
                values.put(columns[i], value);
            } else if (columns[i] == SurveyColumn.CCCD) {
                values.put(columns[i], value.strip());
            } else {
                int column = i;
                FreeText.problem(value).ifPresentOrElse(problem -> errors.add(SurveyRowError.of(line, columns[column],
                        problem)), () -> values.put(columns[column], FoldedName.normalise(value)));
            }
        }
        return new RowReader(line, values, errors).read();
    }

    /** Checks the values of one row, collecting every error. */
    private final class RowReader {
        private final int line;
        private final Map<SurveyColumn, String> values;
        private final List<SurveyRowError> errors;

        RowReader(int line, Map<SurveyColumn, String> values, List<SurveyRowError> errors) {
            this.line = line;
            this.values = values;
            this.errors = errors;
        }

        SurveyRow read() {
            String fullName = fullName();
            List<String> aliases = aliases();
            Sex sex = sex();
            LocalDate birthDate = date(SurveyColumn.BIRTH_DATE);
            Integer birthYear = birthYear(birthDate);
            Cccd cccd = cccd(birthYear, sex);
            String permanentVillage = text(SurveyColumn.PERMANENT_VILLAGE);
            String permanentUnit = unitCode(SurveyColumn.PERMANENT_UNIT);
            String currentVillage = text(SurveyColumn.CURRENT_VILLAGE);
            String currentUnit = unitCode(SurveyColumn.CURRENT_UNIT);
            MainList list = list();
            LocalDate listedOn = listedOn(birthDate, birthYear);
            ChangeReason reason = reason();
            String decision = text(SurveyColumn.DECISION);
            if (!errors.isEmpty()) {
                return null;
            }
            return new SurveyRow(line, fullName, aliases, sex, birthDate, birthYear, cccd, permanentVillage,
                    permanentUnit, currentVillage, currentUnit, list, listedOn, reason, decision);
        }

        /** The registry's name rule ({@link PersonName}), as for a name sent to the API. */
        private String fullName() {
            String raw = values.get(SurveyColumn.FULL_NAME);
            if (raw == null) {
                error(SurveyColumn.FULL_NAME, "required");
                return null;
            }
            PersonName.problem(raw, PersonName.Kind.FULL_NAME)
                    .ifPresent(problem -> error(SurveyColumn.FULL_NAME, problem));
            return PersonName.normalise(raw);
        }

        /** Each alias by the registry's name rule; empty ones between separators are skipped. */
        private List<String> aliases() {
            String raw = values.get(SurveyColumn.ALIASES);
            if (raw == null) {
                return List.of();
            }
            Set<String> aliases = new LinkedHashSet<>();
            int number = 0;
            for (String alias : raw.split(Pattern.quote(SurveyCsvFormat.ALIAS_SEPARATOR))) {
                if (alias.isBlank() && FreeText.problem(alias).isEmpty()) {
                    continue;
                }
                int n = ++number;
                PersonName.problem(alias, PersonName.Kind.ALIAS).ifPresentOrElse(
                        problem -> error(SurveyColumn.ALIASES, "alias " + n + ": " + problem),
                        () -> aliases.add(PersonName.normalise(alias)));
            }
            if (number > PersonName.MAX_ALIASES) {
                error(SurveyColumn.ALIASES, "at most " + PersonName.MAX_ALIASES + " aliases, not " + number);
            }
            return List.copyOf(aliases);
        }

        private Sex sex() {
            String raw = values.get(SurveyColumn.SEX);
            if (raw == null) {
                if (!refused(SurveyColumn.SEX)) {
                    error(SurveyColumn.SEX, "required");
                }
                return null;
            }
            Optional<Sex> sex = Arrays.stream(Sex.values()).filter(s -> matches(raw, s.label(), s.name())).findFirst();
            if (sex.isEmpty()) {
                error(SurveyColumn.SEX, "must be Nam or Nữ, not '" + SurveyRowError.shown(raw) + "'");
            }
            return sex.orElse(null);
        }

        private Integer birthYear(LocalDate birthDate) {
            String raw = values.get(SurveyColumn.BIRTH_YEAR);
            if (raw == null) {
                if (birthDate == null && !values.containsKey(SurveyColumn.BIRTH_DATE)
                        && !refused(SurveyColumn.BIRTH_DATE) && !refused(SurveyColumn.BIRTH_YEAR)) {
                    error(SurveyColumn.BIRTH_YEAR, "required when " + SurveyColumn.BIRTH_DATE.header() + " is empty");
                }
                return birthDate == null ? null : birthDate.getYear();
            }
            if (!YEAR.matcher(raw).matches()) {
                error(SurveyColumn.BIRTH_YEAR, "must be a year yyyy, not '" + SurveyRowError.shown(raw) + "'");
                return null;
            }
            int year = Integer.parseInt(raw);
            if (year < FIRST_BIRTH_YEAR || year > today.getYear()) {
                error(SurveyColumn.BIRTH_YEAR, "must be between " + FIRST_BIRTH_YEAR + " and " + today.getYear());
                return null;
            }
            if (birthDate != null && birthDate.getYear() != year) {
                error(SurveyColumn.BIRTH_YEAR, "is " + year + " but " + SurveyColumn.BIRTH_DATE.header() + " is "
                        + SHOWN_DATE.format(birthDate));
            }
            return year;
        }

        private Cccd cccd(Integer birthYear, Sex sex) {
            String raw = values.get(SurveyColumn.CCCD);
            if (raw == null) {
                return null;
            }
            try {
                Cccd cccd = Cccd.parse(raw);
                cccd.inconsistenciesWith(birthYear, sex).forEach(problem -> error(SurveyColumn.CCCD, problem));
                return cccd;
            } catch (InvalidPersonData e) {
                error(SurveyColumn.CCCD, e.getMessage());
                return null;
            }
        }

        private String unitCode(SurveyColumn column) {
            String code = values.get(column);
            if (code != null && !UNIT_CODE.matcher(code).matches()) {
                error(column, "must be a unit code such as HN-BL-VUBAN (letters, digits, '-', '_', '.'), not '"
                        + SurveyRowError.shown(code) + "'");
            }
            return code;
        }

        private MainList list() {
            String raw = required(SurveyColumn.LIST);
            if (raw == null) {
                return null;
            }
            Optional<MainList> list = Arrays.stream(MainList.values())
                    .filter(l -> matches(raw, l.label(), l.name())).findFirst();
            if (list.isEmpty()) {
                error(SurveyColumn.LIST, "unknown list '" + SurveyRowError.shown(raw) + "'; expected one of: "
                        + Arrays.stream(MainList.values()).map(l -> l.label() + " (" + l.name() + ")")
                        .collect(Collectors.joining(", ")));
            }
            return list.orElse(null);
        }

        private LocalDate listedOn(LocalDate birthDate, Integer birthYear) {
            if (values.get(SurveyColumn.LISTED_ON) == null) {
                if (!refused(SurveyColumn.LISTED_ON)) {
                    error(SurveyColumn.LISTED_ON, "required");
                }
                return null;
            }
            LocalDate listedOn = date(SurveyColumn.LISTED_ON);
            if (listedOn != null && birthDate != null && listedOn.isBefore(birthDate)) {
                error(SurveyColumn.LISTED_ON, "is before the birth date " + SHOWN_DATE.format(birthDate));
            } else if (listedOn != null && birthDate == null && birthYear != null && listedOn.getYear() < birthYear) {
                error(SurveyColumn.LISTED_ON, "is before the birth year " + birthYear);
            }
            return listedOn;
        }

        private ChangeReason reason() {
            String raw = values.get(SurveyColumn.REASON);
            if (raw == null) {
                return ChangeReason.NEWLY_FOUND_BY_REVIEW;
            }
            Optional<ChangeReason> reason = Arrays.stream(ChangeReason.values())
                    .filter(r -> matches(raw, r.label(), r.name())).findFirst();
            if (reason.isEmpty()) {
                error(SurveyColumn.REASON, "unknown reason '" + SurveyRowError.shown(raw)
                        + "'; expected one of: " + Arrays.stream(
                        ChangeReason.values()).map(ChangeReason::label).collect(Collectors.joining(", ")));
            }
            return reason.orElse(null);
        }

        private LocalDate date(SurveyColumn column) {
            String raw = values.get(column);
            if (raw == null) {
                return null;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(raw, SurveyCsvFormat.DATE);
            } catch (DateTimeParseException e) {
                error(column, "must be a date " + SurveyCsvFormat.DATE_PATTERN + ", not '" + SurveyRowError.shown(raw)
                        + "'");
                return null;
            }
            if (date.isAfter(today)) {
                error(column, "is after today (" + SHOWN_DATE.format(today) + ")");
                return null;
            }
            if (date.getYear() < FIRST_BIRTH_YEAR) {
                error(column, "is before " + FIRST_BIRTH_YEAR);
                return null;
            }
            return date;
        }

        private String required(SurveyColumn column) {
            String text = text(column);
            if (text == null && !refused(column)) {
                error(column, "required");
            }
            return text;
        }

        /** Whether the column's value was refused already (by the free-text check), so it is not also "missing". */
        private boolean refused(SurveyColumn column) {
            return errors.stream().anyMatch(e -> column.header().equals(e.column()));
        }

        /** A value already checked by {@link FreeText} and normalised, or null. */
        private String text(SurveyColumn column) {
            return values.get(column);
        }

        private void error(SurveyColumn column, String message) {
            errors.add(SurveyRowError.of(line, column, message));
        }
    }

    /** A value names an enum constant by its Vietnamese label (any case, with or without diacritics) or its name. */
    private static boolean matches(String raw, String label, String name) {
        return FoldedName.fold(raw).equals(FoldedName.fold(label))
                || FoldedName.normalise(raw).toUpperCase(Locale.ROOT).replace(' ', '_').equals(name);
    }

    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
