package vn.drugctl.registry.importing.domain;

import vn.drugctl.registry.testing.SyntheticPeople;
import vn.drugctl.registry.testing.SyntheticPeople.SyntheticPerson;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** Review files made of synthetic people, written the way a spreadsheet would. */
final class SurveyCsvFiles {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private SurveyCsvFiles() {
    }

    /** One line (with its line break) in template column order. */
    static String row(SyntheticPerson person, LocalDate listedOn, int number, char separator) {
        List<String> values = List.of(
                person.fullName(),
                String.join("|", person.aliases()),
                person.sex().label(),
                person.birthDate() == null ? "" : DATE.format(person.birthDate()),
                person.birthDate() == null || number % 2 == 0 ? String.valueOf(person.birthYear()) : "",
                person.cccd() == null ? "" : person.cccd(),
                person.village(),
                "HN-BL-VUBAN",
                person.livesInAnotherProvince() ? "Khu phố 4, " + person.currentProvince() : "",
                "",
                number % 3 == 0 ? person.list().name() : person.list().label(),
                DATE.format(listedOn),
                switch (number % 4) {
                    case 0 -> "";
                    case 1 -> "Rà soát mới";
                    case 2 -> "POSITIVE_TEST";
                    default -> "chuyen tu dien khac";
                },
                number % 5 == 0 ? "" : number + "/QĐ-UBND");
        return values.stream().map(value -> quoted(value, separator))
                .collect(Collectors.joining(String.valueOf(separator))) + "\r\n";
    }

    static String quoted(String value, char separator) {
        if (value.indexOf(separator) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    /**
     * A review file of synthetic people produced while it is read, never held whole in memory; counts the characters
     * handed out so a test can see how far ahead of the parser the reading went.
     */
    static final class GeneratedSurvey extends Reader {
        private final SyntheticPeople people;
        private final int rows;
        private final LocalDate listedOn;
        private String chunk = SurveyCsvFormat.templateHeader(',') + "\r\n";
        private int chunkPosition;
        private int rowsMade;
        private long charsProduced;

        GeneratedSurvey(long seed, int rows, LocalDate listedOn) {
            this.people = new SyntheticPeople(seed);
            this.rows = rows;
            this.listedOn = listedOn;
        }

        long charsProduced() {
            return charsProduced;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (chunkPosition == chunk.length()) {
                if (rowsMade == rows) {
                    return -1;
                }
                chunk = row(people.next(), listedOn, rowsMade++, ',');
                chunkPosition = 0;
            }
            int n = Math.min(length, chunk.length() - chunkPosition);
            chunk.getChars(chunkPosition, chunkPosition + n, buffer, offset);
            chunkPosition += n;
            charsProduced += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
