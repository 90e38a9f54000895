package vn.drugctl.common.text;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

class FoldedTextTest {
    @Test
    void composedAndDecomposedVietnameseFoldTheSameWithoutDiacritics() {
        String composed = "Đường Trần  Hưng Đạo";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(FoldedText.fold(composed)).isEqualTo("duong tran hung dao");
        assertThat(FoldedText.fold(decomposed)).isEqualTo("duong tran hung dao");
        assertThat(FoldedText.normalise(decomposed)).isEqualTo("Đường Trần Hưng Đạo");
    }

    @Test
    void hiddenCharactersAreNamedNeverRepeatedAndNamesKeepTheirRules() {
        assertThat(FreeText.problem("Thôn\u200BĐông")).contains("must not contain control or invisible formatting "
                + "characters: found U+200B ZERO WIDTH SPACE at character 5");
        assertThat(FreeText.problem("dòng 1\ndòng 2", true)).isEmpty();
        assertThat(FreeText.problem("dòng 1\ndòng 2", false)).get().asString().startsWith("must be on one line");
        assertThat(NameText.problem("Lò Thị Mây", 2, 100)).isEmpty();
        assertThat(NameText.problem("Lò Thị 3", 2, 100)).contains("may contain only letters, spaces, apostrophes "
                + "('), hyphens (-) and dots (.): found '3' (U+0033) at character 8");
        assertThat(NameText.normalise("H\u2019Hen  Niê")).isEqualTo("H'Hen Niê");
    }
}
