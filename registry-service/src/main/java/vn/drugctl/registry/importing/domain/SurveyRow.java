package vn.drugctl.registry.importing.domain;

import vn.drugctl.registry.person.domain.Cccd;
import vn.drugctl.registry.person.domain.ChangeReason;
import vn.drugctl.registry.person.domain.MainList;
import vn.drugctl.registry.person.domain.Sex;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One row of a review file that passed every check. Texts are trimmed, composed (NFC) and single-spaced; an empty
 * optional value is null.
 *
 * @param line              physical line of the file where the row starts (header = 1)
 * @param aliases           other names, possibly empty
 * @param birthDate         null when only the year is known
 * @param birthYear         from Năm sinh or from the birth date
 * @param cccd              null when not given
 * @param reason            {@link ChangeReason#NEWLY_FOUND_BY_REVIEW} when not given
 */
public record SurveyRow(int line, String fullName, List<String> aliases, Sex sex, LocalDate birthDate, int birthYear,
                        Cccd cccd, String permanentVillage, String permanentUnitCode, String currentVillage,
                        String currentUnitCode, MainList list, LocalDate listedOn, ChangeReason reason,
                        String decisionNumber) {
    private static final String KEY_VERSION = "survey-row/1";
    private static final char UNIT_SEPARATOR = '\u001F';

    public SurveyRow {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(listedOn, "listedOn");
        Objects.requireNonNull(reason, "reason");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /**
     * The SHA-256 (hex) of the row's content, its line excluded: the same row imported again, from the same file or
     * another one, in whatever Unicode form, column order or separator, has the same key.
     */
    public String importKey() {
        StringBuilder content = new StringBuilder(KEY_VERSION);
        for (Object value : List.of(fullName, String.join("|", aliases), sex, text(birthDate), birthYear,
                text(cccd == null ? null : cccd.value()), text(permanentVillage), text(permanentUnitCode),
                text(currentVillage), text(currentUnitCode), list, listedOn, reason, text(decisionNumber))) {
            content.append(UNIT_SEPARATOR).append(value);
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static Object text(Object value) {
        return value == null ? "" : value;
    }
}
