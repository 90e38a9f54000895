package vn.drugctl.common.tenancy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the unit catalogue file: UTF-8, ';'-separated, '#' comments, a header line
 * {@value #HEADER}. Any malformed line stops loading with a {@link UnitCatalogueException} naming it.
 */
public final class UnitCatalogueLoader {
    public static final String HEADER = "code;name;level;parent;validFrom;validTo;mergedInto";
    private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{2,40}");

    private record Row(int line, String code, String name, UnitLevel level, String parent, LocalDate validFrom,
                       LocalDate validTo, String mergedInto) {
    }

    private UnitCatalogueLoader() {
    }

    public static UnitCatalogue load(InputStream in, String source) {
        List<Row> rows = new ArrayList<>();
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int lineNo = 0;
        boolean headerSeen = false;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
            String line;
            while (true) {
                try {
                    line = reader.readLine();
                } catch (CharacterCodingException e) {
                    throw new UnitCatalogueException(source, lineNo + 1, "not valid UTF-8");
                }
                if (line == null) {
                    break;
                }
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    if (!trimmed.equals(HEADER)) {
                        throw new UnitCatalogueException(source, lineNo, "expected the header '" + HEADER + "'");
                    }
                    headerSeen = true;
                    continue;
                }
                rows.add(parse(trimmed, lineNo, source));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read unit catalogue " + source, e);
        }
        if (!headerSeen) {
            throw new UnitCatalogueException(source, Math.max(lineNo, 1), "no header line and no units");
        }
        if (rows.isEmpty()) {
            throw new UnitCatalogueException(source, lineNo, "the catalogue holds no unit");
        }
        return link(rows, source);
    }

    private static Row parse(String line, int lineNo, String source) {
        String[] f = line.split(";", -1);
        if (f.length != 7) {
            throw new UnitCatalogueException(source, lineNo, "expected 7 fields separated by ';', found " + f.length);
        }
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].strip();
        }
        String code = f[0];
        if (!CODE.matcher(code).matches()) {
            throw new UnitCatalogueException(source, lineNo,
                    "code '" + code + "' must be 2 to 40 characters A-Z, 0-9 or '-'");
        }
        String name = Normalizer.normalize(f[1], Normalizer.Form.NFC);
        if (name.isEmpty()) {
            throw new UnitCatalogueException(source, lineNo, "unit " + code + " has no name");
        }
        UnitLevel level;
        try {
            level = UnitLevel.valueOf(f[2]);
        } catch (IllegalArgumentException e) {
            throw new UnitCatalogueException(source, lineNo,
                    "level '" + f[2] + "' of unit " + code + " is not one of PROVINCE, DISTRICT, COMMUNE");
        }
        LocalDate from = date(f[4], "validFrom", code, lineNo, source);
        if (from == null) {
            throw new UnitCatalogueException(source, lineNo, "unit " + code + " has no validFrom date");
        }
        LocalDate to = date(f[5], "validTo", code, lineNo, source);
        if (to != null && to.isBefore(from)) {
            throw new UnitCatalogueException(source, lineNo, "unit " + code + " has validTo before validFrom");
        }
        String mergedInto = f[6].isEmpty() ? null : f[6];
        if (mergedInto != null && to == null) {
            throw new UnitCatalogueException(source, lineNo,
                    "unit " + code + " is merged into " + mergedInto + " but has no validTo date");
        }
        return new Row(lineNo, code, name, level, f[3].isEmpty() ? null : f[3], from, to, mergedInto);
    }

    private static LocalDate date(String value, String field, String code, int lineNo, String source) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UnitCatalogueException(source, lineNo,
                    field + " '" + value + "' of unit " + code + " is not an ISO date (yyyy-MM-dd)");
        }
    }

    private static UnitCatalogue link(List<Row> rows, String source) {
        Map<String, Row> byCode = new LinkedHashMap<>();
        for (Row row : rows) {
            Row previous = byCode.putIfAbsent(row.code(), row);
            if (previous != null) {
                throw new UnitCatalogueException(source, row.line(),
                        "unit " + row.code() + " is already defined on line " + previous.line());
            }
        }
        for (Row row : rows) {
            if (row.level() == UnitLevel.PROVINCE && row.parent() != null) {
                throw new UnitCatalogueException(source, row.line(), "province " + row.code() + " cannot have a parent");
            }
            if (row.level() != UnitLevel.PROVINCE) {
                if (row.parent() == null) {
                    throw new UnitCatalogueException(source, row.line(), "unit " + row.code() + " needs a parent");
                }
                Row parent = byCode.get(row.parent());
                if (parent == null) {
                    throw new UnitCatalogueException(source, row.line(),
                            "parent '" + row.parent() + "' of unit " + row.code() + " is not in the catalogue");
                }
                if (!row.level().mayHaveParent(parent.level())) {
                    throw new UnitCatalogueException(source, row.line(),
                            row.level() + " " + row.code() + " cannot sit under " + parent.level() + " " + parent.code());
                }
            }
            if (row.mergedInto() != null) {
                Row target = byCode.get(row.mergedInto());
                if (target == null || target.code().equals(row.code())) {
                    throw new UnitCatalogueException(source, row.line(),
                            "unit " + row.code() + " is merged into '" + row.mergedInto() + "', which is not another unit of the catalogue");
                }
            }
        }
        Map<String, List<String>> paths = new HashMap<>();
        List<Unit> units = new ArrayList<>();
        for (Row row : rows) {
            units.add(new Unit(row.code(), row.name(), row.level(), row.parent(), row.validFrom(), row.validTo(),
                    row.mergedInto(), path(row, byCode, paths)));
        }
        return new UnitCatalogue(units);
    }

    private static List<String> path(Row row, Map<String, Row> byCode, Map<String, List<String>> memo) {
        List<String> known = memo.get(row.code());
        if (known != null) {
            return known;
        }
        List<String> path = new ArrayList<>();
        if (row.parent() != null) {
            path.addAll(path(byCode.get(row.parent()), byCode, memo));
        }
        path.add(row.code());
        List<String> result = List.copyOf(path);
        memo.put(row.code(), result);
        return result;
    }
}
