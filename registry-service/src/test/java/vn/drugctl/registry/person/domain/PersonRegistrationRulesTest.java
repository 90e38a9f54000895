package vn.drugctl.registry.person.domain;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.time.Year;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonRegistrationRulesTest {
    private static final List<String> PATH = List.of("HN", "HN-BL", "HN-BL-VUBAN");

    @Test
    void nameIsKeptComposedAndFoldedForMatchingWhateverUnicodeFormItWasTypedIn() {
        String decomposed = Normalizer.normalize("  Đặng   Thị Ngọc Ánh ", Normalizer.Form.NFD);
        Person person = Person.register(decomposed, 1996, Sex.FEMALE, "HN-BL-VUBAN", PATH, Year.of(2026));

        assertThat(person.fullName()).isEqualTo("Đặng Thị Ngọc Ánh");
        assertThat(Normalizer.isNormalized(person.fullName(), Normalizer.Form.NFC)).isTrue();
        assertThat(person.foldedName()).isEqualTo("dang thi ngoc anh");
        assertThat(person.registered().foldedName()).isEqualTo("dang thi ngoc anh");
    }

    @Test
    void birthYearInTheFutureOrBlankNameIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Person.register("Lò Văn Páo", 2030, Sex.MALE, "HN-BL-VUBAN", PATH, Year.of(2026)))
                .isInstanceOf(InvalidPersonData.class)
                .satisfies(e -> assertThat(((InvalidPersonData) e).field()).isEqualTo("birthYear"))
                .hasMessageContaining("2026");
        assertThatThrownBy(() -> Person.register(" ", null, null, "HN-BL-VUBAN", PATH, Year.of(2026)))
                .satisfies(e -> assertThat(((InvalidPersonData) e).field()).isEqualTo("fullName"));
    }
}
