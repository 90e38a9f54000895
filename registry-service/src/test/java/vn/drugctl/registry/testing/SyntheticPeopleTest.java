package vn.drugctl.registry.testing;

import org.junit.jupiter.api.Test;
import vn.drugctl.registry.person.domain.Cccd;
import vn.drugctl.registry.person.domain.FoldedName;
import vn.drugctl.registry.person.domain.Sex;
import vn.drugctl.registry.testing.SyntheticPeople.NameForm;
import vn.drugctl.registry.testing.SyntheticPeople.SyntheticPerson;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticPeopleTest {
    private final List<SyntheticPerson> people = SyntheticPeople.generate(2026, 3_000);

    @Test
    void everyGeneratedCccdIsWellFormedAgreesWithBirthYearAndSexAndIsUnique() {
        List<String> cccds = people.stream().map(SyntheticPerson::cccd).filter(Objects::nonNull).toList();

        assertThat(cccds).hasSizeGreaterThan(2_600).doesNotHaveDuplicates();
        assertThat(people).filteredOn(p -> p.cccd() != null).allSatisfy(p ->
                assertThat(Cccd.parse(p.cccd()).inconsistenciesWith(p.birthYear(), p.sex())).isEmpty());
        assertThat(people).filteredOn(p -> p.cccd() == null).hasSizeBetween(100, 400);
    }

    @Test
    void mostCccdsAreRegisteredInHaNamOrThaiNguyenAndSomeElsewhere() {
        long haNam = people.stream().filter(p -> p.cccd() != null && p.cccd().startsWith("035")).count();
        long thaiNguyen = people.stream().filter(p -> p.cccd() != null && p.cccd().startsWith("019")).count();
        long elsewhere = people.stream().filter(p -> p.cccd() != null)
                .map(p -> p.cccd().substring(0, 3)).filter(code -> !code.equals("035") && !code.equals("019"))
                .distinct().count();

        assertThat(haNam).isGreaterThan(thaiNguyen).isGreaterThan(1_000);
        assertThat(thaiNguyen).isGreaterThan(600);
        assertThat(elsewhere).isGreaterThan(30);
    }

    @Test
    void namesComeComposedWithoutDiacriticsAndDecomposedAndFoldAlike() {
        List<SyntheticPerson> decomposed = byForm(NameForm.DECOMPOSED);
        List<SyntheticPerson> plain = byForm(NameForm.WITHOUT_DIACRITICS);
        List<SyntheticPerson> composed = byForm(NameForm.COMPOSED);

        assertThat(decomposed).hasSizeBetween(150, 450).allSatisfy(p ->
                assertThat(Normalizer.isNormalized(p.fullName(), Normalizer.Form.NFD)).isTrue());
        assertThat(decomposed).anySatisfy(p ->
                assertThat(Normalizer.isNormalized(p.fullName(), Normalizer.Form.NFC)).isFalse());
        assertThat(plain).hasSizeBetween(300, 600).allSatisfy(p -> assertThat(p.fullName()).matches("[A-Za-z ]+"));
        assertThat(composed).allSatisfy(p ->
                assertThat(Normalizer.isNormalized(p.fullName(), Normalizer.Form.NFC)).isTrue());
        assertThat(composed).anySatisfy(p -> assertThat(p.fullName()).doesNotMatch("[A-Za-z ]+"));
        assertThat(people).allSatisfy(p -> assertThat(p.fullName().split(" ")).hasSizeGreaterThanOrEqualTo(3));
        assertThat(SyntheticPeople.withoutDiacritics("Đặng Thị Ánh")).isEqualTo("Dang Thi Anh");
        assertThat(FoldedName.fold(Normalizer.normalize("Đặng Thị Ánh", Normalizer.Form.NFD)))
                .isEqualTo(FoldedName.fold("Dang Thi Anh"));
    }

    @Test
    void birthYearsSpan1960To2008AndSomeHaveAFullDateInThatYear() {
        assertThat(people).allSatisfy(p -> assertThat(p.birthYear()).isBetween(1960, 2008));
        assertThat(people).anySatisfy(p -> assertThat(p.birthYear()).isEqualTo(1960));
        assertThat(people).anySatisfy(p -> assertThat(p.birthYear()).isEqualTo(2008));
        assertThat(people).filteredOn(p -> p.birthDate() != null).hasSizeBetween(1_500, 2_100)
                .allSatisfy(p -> assertThat(p.birthDate().getYear()).isEqualTo(p.birthYear()));
    }

    @Test
    void bothSexesVillagesListsAndPeopleLivingInAnotherProvinceAppear() {
        assertThat(people).extracting(SyntheticPerson::sex).contains(Sex.MALE, Sex.FEMALE);
        assertThat(people).extracting(SyntheticPerson::village)
                .anySatisfy(v -> assertThat(v).startsWith("Thôn "))
                .anySatisfy(v -> assertThat(v).startsWith("Xóm "))
                .anySatisfy(v -> assertThat(v).startsWith("Tổ dân phố "));
        assertThat(people.stream().map(SyntheticPerson::list).distinct()).hasSize(5);
        assertThat(people).filteredOn(SyntheticPerson::livesInAnotherProvince).hasSizeBetween(200, 550);
        assertThat(people).filteredOn(p -> !p.aliases().isEmpty()).isNotEmpty();
    }

    @Test
    void theSameSeedGivesTheSamePeopleAndAnotherSeedOthers() {
        assertThat(SyntheticPeople.generate(2026, 3_000)).isEqualTo(people);
        assertThat(new SyntheticPeople(2026).stream().limit(50).toList()).isEqualTo(people.subList(0, 50));
        Set<String> otherNames = new HashSet<>(SyntheticPeople.generate(7, 50).stream()
                .map(SyntheticPerson::fullName).toList());
        assertThat(otherNames).isNotEqualTo(new HashSet<>(people.subList(0, 50).stream()
                .map(SyntheticPerson::fullName).toList()));
    }

    private List<SyntheticPerson> byForm(NameForm form) {
        return people.stream().filter(p -> p.nameForm() == form).toList();
    }
}
