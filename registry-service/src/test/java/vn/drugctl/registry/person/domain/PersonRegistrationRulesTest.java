package vn.drugctl.registry.person.domain;

import org.junit.jupiter.api.Test;
import vn.drugctl.common.events.Actor;
import vn.drugctl.registry.testing.ShippedRules;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonRegistrationRulesTest {
    static final List<String> PATH = List.of("HN", "HN-BL", "HN-BL-VUBAN");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final Person.Context CONTEXT = new Person.Context(ShippedRules.ruleBook(), TODAY,
            Instant.parse("2026-11-25T03:00:00Z"), new Actor("sub-1", "officer.vuban", "HN-BL-VUBAN"));

    static PersonDetails details(String name, Integer birthYear, Sex sex, String cccd, String village) {
        return PersonDetails.of(name, List.of(), sex, null, birthYear, cccd, new Residence(village, "HN-BL-VUBAN"),
                null, null, null, null, null, TODAY);
    }

    @Test
    void nameIsKeptComposedAndFoldedForMatchingWhateverUnicodeFormItWasTypedIn() {
        String decomposed = Normalizer.normalize("  Đặng   Thị Ngọc Ánh ", Normalizer.Form.NFD);
        Person person = Person.register(details(decomposed, 1996, Sex.FEMALE, null, "Thôn 2"), "HN-BL-VUBAN", PATH,
                null, CONTEXT).person();

        PersonDetails d = person.state().details();
        assertThat(d.fullName()).isEqualTo("Đặng Thị Ngọc Ánh");
        assertThat(Normalizer.isNormalized(d.fullName(), Normalizer.Form.NFC)).isTrue();
        assertThat(d.foldedName()).isEqualTo("dang thi ngoc anh");
        assertThat(person.history()).singleElement().extracting(HistoryEntry::event)
                .isInstanceOfSatisfying(PersonRegistered.class, e -> assertThat(e.foldedName()).isEqualTo("dang thi ngoc anh"));
        assertThat(person.version()).isEqualTo(1);
    }

    @Test
    void birthYearInTheFutureOrBlankNameIsRefusedNamingTheField() {
        assertThatThrownBy(() -> details("Lò Văn Páo", 2030, Sex.MALE, null, null))
                .isInstanceOf(InvalidPersonData.class)
                .satisfies(e -> assertThat(((InvalidPersonData) e).field()).isEqualTo("birthYear"))
                .hasMessageContaining("2026");
        assertThatThrownBy(() -> details(" ", null, Sex.MALE, null, null))
                .satisfies(e -> assertThat(((InvalidPersonData) e).field()).isEqualTo("fullName"));
    }

    @Test
    void birthDateAndBirthYearMustAgreeAndTheYearIsTakenFromTheDate() {
        PersonDetails d = PersonDetails.of("Hà Văn Nam", null, Sex.MALE, LocalDate.of(1990, 5, 2), null, null, null,
                null, null, null, null, null, TODAY);
        assertThat(d.birthYear()).isEqualTo(1990);
        assertThatThrownBy(() -> PersonDetails.of("Hà Văn Nam", null, Sex.MALE, LocalDate.of(1990, 5, 2), 1991, null,
                null, null, null, null, null, null, TODAY))
                .satisfies(e -> assertThat(((InvalidPersonData) e).field()).isEqualTo("birthYear"));
    }

    @Test
    void cccdMustAgreeWithBirthYearAndSex() {
        // 035 Hà Nam, 0 = male born 1900-1999, 90 = 1990
        assertThat(details("Trịnh Văn Long", 1990, Sex.MALE, "035 090 012345", null).cccd()).isEqualTo("035090012345");
        assertThatThrownBy(() -> details("Trịnh Văn Long", 1991, Sex.MALE, "035090012345", null))
                .satisfies(e -> assertThat(((InvalidPersonData) e).field()).isEqualTo("cccd"));
        assertThatThrownBy(() -> details("Trịnh Thị Lan", 1990, Sex.FEMALE, "035090012345", null))
                .satisfies(e -> assertThat(((InvalidPersonData) e).field()).isEqualTo("cccd"));
    }

    @Test
    void likelyDuplicateKeyIgnoresDiacriticsCaseAndSpacing() {
        PersonDetails a = details("Nguyễn Văn Tuấn", 1990, Sex.MALE, null, "Thôn  Đông");
        PersonDetails b = details("nguyen van tuan", 1990, Sex.MALE, null, "thon dong");
        assertThat(a.likelyDuplicateKey()).isEqualTo(b.likelyDuplicateKey()).isEqualTo("nguyen van tuan|1990|thon dong");
        assertThat(details("Nguyễn Văn Tuấn", 1991, Sex.MALE, null, "Thôn Đông").likelyDuplicateKey())
                .isNotEqualTo(a.likelyDuplicateKey());
    }
}
