package vn.drugctl.registry.person.domain;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.drugctl.registry.person.domain.PersonName.Kind.ALIAS;
import static vn.drugctl.registry.person.domain.PersonName.Kind.FULL_NAME;

/** The one rule for a person's names, as the API and the survey import both apply it. */
class PersonNameTest {

    @Test
    void vietnameseNamesKeepTheirDiacriticsAndDecomposedInputIsStoredComposed() {
        String decomposed = Normalizer.normalize("Nguyễn Thị Ánh Tuyết", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Nguyễn Thị Ánh Tuyết");

        assertThat(PersonName.problem(decomposed, FULL_NAME)).isEmpty();
        assertThat(PersonName.fullName(decomposed)).isEqualTo("Nguyễn Thị Ánh Tuyết");
        assertThat(Normalizer.isNormalized(PersonName.fullName(decomposed), Normalizer.Form.NFC)).isTrue();
        assertThat(PersonName.fullName("Đặng Thị Phượng")).isEqualTo("Đặng Thị Phượng");
    }

    @Test
    void spacesAreTrimmedAndCollapsedAndTheTypographicApostropheIsStoredPlain() {
        assertThat(PersonName.fullName("  Lò \u00A0 Văn   Páo ")).isEqualTo("Lò Văn Páo");
        assertThat(PersonName.fullName("H\u2019Hen Niê")).isEqualTo("H'Hen Niê");
        assertThat(PersonName.fullName("Y-Moan Ê.")).isEqualTo("Y-Moan Ê.");
    }

    @Test
    void lettersOfOtherScriptsWithTheirMarksAreNames() {
        assertThat(PersonName.problem("ស៊ុន សុខា", FULL_NAME)).isEmpty();
        assertThat(PersonName.problem("李小龍", FULL_NAME)).isEmpty();
        assertThat(PersonName.problem("Zoë O'Neil-Smith", FULL_NAME)).isEmpty();
    }

    @Test
    void aNulTabLineBreakZeroWidthOrBidiCharacterIsRefusedNamingItsCodePointAndPlace() {
        assertThat(PersonName.problem("Nguyễn\u0000Văn", FULL_NAME)).contains(
                "must not contain control or invisible formatting characters: found U+0000 NULL at character 7");
        assertThat(PersonName.problem("Nguyễn\tVăn", FULL_NAME).orElseThrow()).contains("U+0009");
        assertThat(PersonName.problem("Nguyễn Văn\n", FULL_NAME).orElseThrow())
                .as("not silently trimmed away").contains("U+000A").contains("character 11");
        assertThat(PersonName.problem("Nguyễn\u200BVăn", FULL_NAME).orElseThrow()).contains("U+200B ZERO WIDTH SPACE");
        assertThat(PersonName.problem("Nguyễn \u202EnăV", FULL_NAME).orElseThrow()).contains("U+202E");
        assertThat(PersonName.problem("\uFEFFNguyễn Văn", FULL_NAME).orElseThrow()).contains("U+FEFF");
        assertThat(PersonName.problem("Tí\u200D", ALIAS).orElseThrow()).contains("U+200D");
    }

    @Test
    void digitsAndSignsAreRefusedNamingTheCharacter() {
        assertThat(PersonName.problem("Nguyễn Văn 3", FULL_NAME)).contains("may contain only letters, spaces, "
                + "apostrophes ('), hyphens (-) and dots (.): found '3' (U+0033) at character 12");
        assertThat(PersonName.problem("Tòng Văn Sơn, \"Sơn gầy\"", FULL_NAME).orElseThrow()).contains("','");
        assertThat(PersonName.problem("<script>", FULL_NAME).orElseThrow()).contains("'<'");
        assertThat(PersonName.problem("Béo@", ALIAS).orElseThrow()).contains("'@'");
    }

    @Test
    void aNameStartsWithALetterAndAMarkFollowsALetter() {
        assertThat(PersonName.problem("-Tèo", ALIAS)).contains("must start with a letter");
        assertThat(PersonName.problem("'Tèo'", ALIAS)).contains("must start with a letter");
        assertThat(PersonName.problem("Văn \u0301Nam", FULL_NAME).orElseThrow()).contains("U+0301")
                .contains("follows no letter");
    }

    @Test
    void aFullNameHasTwoToAHundredCharactersAnAliasOneToAHundred() {
        assertThat(PersonName.problem("A", FULL_NAME)).contains("must be 2 to 100 characters long, not 1");
        assertThat(PersonName.problem("Tí", FULL_NAME)).isEmpty();
        assertThat(PersonName.problem("B", ALIAS)).isEmpty();
        assertThat(PersonName.problem("Ă".repeat(100), FULL_NAME)).isEmpty();
        assertThat(PersonName.problem(Normalizer.normalize("Ă".repeat(100), Normalizer.Form.NFD), FULL_NAME))
                .as("counted once composed").isEmpty();
        assertThat(PersonName.problem("Ă".repeat(101), ALIAS)).contains("must be 1 to 100 characters long, not 101");
    }

    @Test
    void aMissingOrBlankNameIsRequired() {
        assertThat(PersonName.problem(null, FULL_NAME)).contains("is required");
        assertThat(PersonName.problem(" \u00A0 ", FULL_NAME)).contains("is required");
        assertThat(PersonName.problem("", ALIAS)).contains("is required");
    }

    @Test
    void aRefusedNameNamesItsFieldAndAnAliasItsPlace() {
        assertThatThrownBy(() -> PersonName.fullName("Nguyễn\u0000Văn"))
                .isInstanceOfSatisfying(InvalidPersonData.class, e -> assertThat(e.field()).isEqualTo("fullName"));
        assertThatThrownBy(() -> PersonName.aliases(List.of("Tèo", "Béo", "Tí\u202E")))
                .isInstanceOfSatisfying(InvalidPersonData.class, e -> {
                    assertThat(e.field()).isEqualTo("aliases[2]");
                    assertThat(e.getMessage()).contains("U+202E");
                });
        List<String> eleven = new ArrayList<>(Collections.nCopies(11, "Tèo"));
        assertThatThrownBy(() -> PersonName.aliases(eleven))
                .isInstanceOfSatisfying(InvalidPersonData.class, e -> {
                    assertThat(e.field()).isEqualTo("aliases");
                    assertThat(e.getMessage()).isEqualTo("at most 10 aliases, not 11");
                });
    }

    @Test
    void aliasesAreStoredComposedEachOnceInTheirOrder() {
        assertThat(PersonName.aliases(List.of("Tèo", Normalizer.normalize("Tèo", Normalizer.Form.NFD), " Cu  Tồ ")))
                .containsExactly("Tèo", "Cu Tồ");
        assertThat(PersonName.aliases(null)).isEmpty();
    }

    @Test
    void personDetailsApplyTheRuleToNamesAndRefuseControlCharactersInVillages() {
        var today = java.time.LocalDate.of(2025, 12, 1);
        PersonDetails details = PersonDetails.of(Normalizer.normalize("Hà Văn Nam", Normalizer.Form.NFD),
                List.of("Nam Còi"), Sex.MALE, null, 1990, null, new Residence("Thôn 3", null), null, null, null, null,
                null, today);
        assertThat(details.fullName()).isEqualTo("Hà Văn Nam");
        assertThat(details.foldedName()).isEqualTo("ha van nam");

        assertThatThrownBy(() -> PersonDetails.of("Hà Văn 2", List.of(), Sex.MALE, null, 1990, null, null, null,
                null, null, null, null, today))
                .isInstanceOfSatisfying(InvalidPersonData.class, e -> assertThat(e.field()).isEqualTo("fullName"));
        assertThatThrownBy(() -> PersonDetails.of("Hà Văn Nam", List.of(), Sex.MALE, null, 1990, null,
                new Residence("Thôn\u00003", null), null, null, null, null, null, today))
                .isInstanceOfSatisfying(InvalidPersonData.class,
                        e -> assertThat(e.field()).isEqualTo("permanentResidence.village"));
        assertThatThrownBy(() -> PersonDetails.of("Hà Văn Nam", List.of(), Sex.MALE, null, 1990, null, null,
                new Residence("Xóm\nĐông", null), null, null, null, null, today))
                .isInstanceOfSatisfying(InvalidPersonData.class,
                        e -> assertThat(e.field()).isEqualTo("currentResidence.village"));
    }
}
