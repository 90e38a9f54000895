package vn.drugctl.registry.person.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The check every free text of the registry passes: visible characters only, line breaks only in notes. */
class FreeTextTest {

    @Test
    void printableTextOfAnyKindIsFreeText() {
        assertThat(FreeText.problem("Khu phố 4, phường Dĩ An, Bình Dương")).isEmpty();
        assertThat(FreeText.problem("QĐ 31/QĐ-UBND (bản sao) \"số 2\" {x} $1 <b>")).isEmpty();
        assertThat(FreeText.problem(null)).isEmpty();
        assertThat(FreeText.problem("")).isEmpty();
    }

    @Test
    void controlAndInvisibleFormattingCharactersAreRefusedNamingTheirCodePoint() {
        assertThat(FreeText.problem("Thôn\u00003")).contains(
                "must not contain control or invisible formatting characters: found U+0000 NULL at character 5");
        assertThat(FreeText.problem("Thôn\t3").orElseThrow()).contains("U+0009");
        assertThat(FreeText.problem("Thôn\u200B3").orElseThrow()).contains("U+200B");
        assertThat(FreeText.problem("Thôn \u2066 3").orElseThrow()).contains("U+2066");
        assertThat(FreeText.problem("Thôn \u001B[31m").orElseThrow()).contains("U+001B");
        assertThat(FreeText.problem("lone \uD800 surrogate").orElseThrow()).contains("U+D800");
    }

    @Test
    void aOneLineValueRefusesLineBreaksButANoteMayHaveThem() {
        assertThat(FreeText.problem("số 15\nngày 02/10/2024")).contains(
                "must be on one line: found a line break (U+000A LINE FEED (LF)) at character 6");
        assertThat(FreeText.problem("số 15\r\nngày 02/10/2024").orElseThrow()).contains("U+000D");
        assertThat(FreeText.problem("số 15\u2028ngày").orElseThrow()).contains("U+2028");
        assertThat(FreeText.problem("đã về\r\nngày 02/10", true)).isEmpty();
        assertThat(FreeText.problem("đã về\n\u0000", true).orElseThrow()).contains("U+0000");
        assertThat(FreeText.problem("đã về\tngày", true).orElseThrow()).contains("U+0009");
    }
}
