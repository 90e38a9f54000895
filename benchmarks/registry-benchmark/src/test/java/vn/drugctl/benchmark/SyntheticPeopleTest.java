package vn.drugctl.benchmark;

import org.junit.jupiter.api.Test;
import vn.drugctl.benchmark.SyntheticPeople.Person;
import vn.drugctl.benchmark.SyntheticPeople.Sex;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SyntheticPeopleTest {

    private static List<Person> generate(long seed, int count) {
        SyntheticPeople generator = new SyntheticPeople(seed);
        return IntStream.range(0, count).mapToObj(i -> generator.next()).toList();
    }

    private static String nfc(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC);
    }

    @Test
    void cccdIsProvinceThenCenturyAndSexThenYearThenSerial() {
        assertThat(SyntheticPeople.cccd("035", Sex.MALE, 1990, 123456)).isEqualTo("035090123456");
        assertThat(SyntheticPeople.cccd("035", Sex.FEMALE, 1965, 7)).isEqualTo("035165000007");
        assertThat(SyntheticPeople.cccd("001", Sex.MALE, 2003, 999999)).isEqualTo("001203999999");
        assertThat(SyntheticPeople.cccd("019", Sex.FEMALE, 2008, 42)).isEqualTo("019308000042");
        assertThatThrownBy(() -> SyntheticPeople.cccd("35", Sex.MALE, 1990, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyntheticPeople.cccd("035", Sex.MALE, 1990, 1_000_000))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void generatedPeopleHaveUniqueCccdsMatchingTheirProvinceSexAndBirthYear() {
        List<Person> people = generate(20251125L, 20_000);
        List<String> provinces = new ArrayList<>(SyntheticPeople.OTHER_PROVINCES);
        provinces.add(SyntheticPeople.HA_NAM);

        Set<String> cccds = new HashSet<>();
        int bornInHaNam = 0;
        for (Person person : people) {
            String cccd = person.cccd();
            assertThat(cccd).matches("\\d{12}");
            assertThat(cccds.add(cccd)).as("unique within the run: " + cccd).isTrue();
            assertThat(cccd.substring(0, 3)).isIn(provinces);
            bornInHaNam += cccd.startsWith(SyntheticPeople.HA_NAM) ? 1 : 0;
            int centurySex = cccd.charAt(3) - '0';
            assertThat(centurySex).isBetween(0, 3);
            assertThat(centurySex >= 2).as("born in the 2000s").isEqualTo(person.birthYear() >= 2000);
            assertThat(centurySex % 2 == 1).as("female").isEqualTo(person.sex() == Sex.FEMALE);
            assertThat(Integer.parseInt(cccd.substring(4, 6))).isEqualTo(person.birthYear() % 100);
            assertThat(person.birthYear()).isBetween(1960, 2008);
            if (person.birthDate() != null) {
                assertThat(person.birthDate().getYear()).isEqualTo(person.birthYear());
            }
        }
        assertThat(bornInHaNam).as("mostly born in Hà Nam").isGreaterThan(people.size() * 3 / 4);
        assertThat(people.stream().map(Person::birthYear).distinct().count()).as("the whole range of years")
                .isEqualTo(2008 - 1960 + 1);
    }

    @Test
    void namesAreVietnameseWithDiacriticsAFewDecomposedAndTheSameForTheSameSeed() {
        List<Person> people = generate(7, 2_000);

        assertThat(people).isEqualTo(generate(7, 2_000)).isNotEqualTo(generate(8, 2_000));
        assertThat(people).allSatisfy(p -> assertThat(p.fullName().split(" ")).hasSize(3));
        assertThat(people.stream().filter(p -> nfc(p.fullName()).matches(".*[ăâđêôơưĐạảấầậắằẹếềệịọốồộớờợụứừựỳáàãéèíìóòõúùý].*")))
                .as("with diacritics").hasSizeGreaterThan(people.size() / 2);
        long decomposed = people.stream().filter(p -> !p.fullName().equals(nfc(p.fullName()))).count();
        assertThat(decomposed).as("a few typed in decomposed Unicode").isBetween(20L, 250L);
        assertThat(people).filteredOn(p -> p.sex() == Sex.FEMALE)
                .noneSatisfy(p -> assertThat(nfc(p.fullName())).contains(" Văn "));
    }
}
