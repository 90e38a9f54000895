package vn.drugctl.registry.importing.domain;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits RFC 4180 text into records one at a time, keeping only the current record in memory. Knows the physical
 * line each record starts on: line breaks are CR LF, LF or CR, inside quotes too (they become LF in the value).
 * Lenient where spreadsheets are sloppy: a quote inside an unquoted value is kept as written.
 */
final class CsvRecordReader {
    private static final int BUFFER = 8 * 1024;

    private final Reader in;
    private final int maxRecordChars;
    private char[] buffer = new char[BUFFER];
    private int position;
    private int limit;
    private boolean endOfInput;
    private long charsRead;
    private int line = 1;
    private char separator = ',';
    private boolean started;

    CsvRecordReader(Reader in, int maxRecordChars) {
        this.in = in;
        this.maxRecordChars = maxRecordChars;
    }

    /** One record: where it starts, its values, and what is wrong with its syntax if something is (else null). */
    record CsvRecord(int line, List<String> fields, String problem) {
        boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** A break of the syntax that leaves the rest of the input unreadable. */
    static final class Unreadable extends Exception {
        private final int line;

        Unreadable(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    char separator() {
        return separator;
    }

    long charsRead() {
        return charsRead;
    }

    /**
     * Skips a byte order mark and picks the separator that occurs most often outside quotes on the first line
     * ({@code ,} when neither does). Must come before the first {@link #next()}.
     */
    void start() throws IOException {
        started = true;
        if (peek() == '\uFEFF') {
            position++;
        }
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = position; ; i++) {
            if (i >= limit && !fillKeeping(i)) {
                break;
            }
            char c = buffer[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
            if (i - position > maxRecordChars) {
                break;
            }
        }
        separator = semicolons > commas ? ';' : ',';
    }

    /** The next record, or null at the end of the input. */
    CsvRecord next() throws IOException, Unreadable {
        if (!started) {
            start();
        }
        int first = read();
        if (first < 0) {
            return null;
        }
        int startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        String problem = null;
        int c = first;
        int recordChars = 0;
        while (true) {
            if (c == '"' && value.isEmpty()) {
                while (true) {
                    c = read();
                    if (c < 0) {
                        throw new Unreadable(startLine, "a quoted value opened on line " + startLine
                                + " is never closed (missing \")");
                    }
                    if (c == '"') {
                        if (peek() == '"') {
                            position++;
                            value.append('"');
                        } else {
                            break;
                        }
                    } else if (c == '\r' || c == '\n') {
                        lineBreak(c);
                        value.append('\n');
                    } else {
                        value.append((char) c);
                    }
                    if (++recordChars > maxRecordChars) {
                        throw tooLong(startLine);
                    }
                }
                c = read();
                if (c >= 0 && c != separator && c != '\r' && c != '\n') {
                    if (problem == null) {
                        problem = "text after the closing quote of value " + (fields.size() + 1)
                                + " (a quote inside a quoted value must be doubled: \"\")";
                    }
                    continue;
                }
            } else if (c >= 0 && c != separator && c != '\r' && c != '\n') {
                value.append((char) c);
                if (++recordChars > maxRecordChars) {
                    throw tooLong(startLine);
                }
                c = read();
                continue;
            }
            fields.add(value.toString());
            value.setLength(0);
            if (c == separator) {
                c = read();
                continue;
            }
            if (c >= 0) {
                lineBreak(c);
            }
            return new CsvRecord(startLine, List.copyOf(fields), problem);
        }
    }

    private Unreadable tooLong(int startLine) {
        return new Unreadable(startLine, "the row starting on line " + startLine + " is longer than " + maxRecordChars
                + " characters; is a quoted value missing its closing \"?");
    }

    private void lineBreak(int c) throws IOException {
        line++;
        if (c == '\r' && peek() == '\n') {
            position++;
        }
    }

    private int read() throws IOException {
        if (position >= limit && !fill()) {
            return -1;
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (position >= limit && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    /** Refills the buffer from its start once everything in it has been read. */
    private boolean fill() throws IOException {
        position = 0;
        limit = 0;
        return fillKeeping(0);
    }

    /** Reads more input after {@code limit}, growing the buffer if full; false at the end of the input. */
    private boolean fillKeeping(int upTo) throws IOException {
        if (endOfInput) {
            return false;
        }
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int n;
        do {
            n = in.read(buffer, limit, buffer.length - limit);
        } while (n == 0);
        if (n < 0) {
            endOfInput = true;
            return false;
        }
        limit += n;
        charsRead += n;
        return upTo < limit;
    }
}
