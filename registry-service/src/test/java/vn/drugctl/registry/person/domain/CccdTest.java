package vn.drugctl.registry.person.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CccdTest {

    @Test
    void aManBornIn1990RegisteredInHaNamIsReadFromHisNumber() {
        Cccd cccd = Cccd.parse("035090001234");

        assertThat(cccd.value()).isEqualTo("035090001234");
        assertThat(cccd.provinceCode()).isEqualTo("035");
        assertThat(cccd.provinceName()).isEqualTo("Hà Nam");
        assertThat(cccd.birthCentury()).isEqualTo(1900);
        assertThat(cccd.impliedBirthYear()).isEqualTo(1990);
        assertThat(cccd.impliedSex()).isEqualTo(Sex.MALE);
        assertThat(cccd.inconsistenciesWith(1990, Sex.MALE)).isEmpty();
    }

    @Test
    void aWomanBornIn2003RegisteredInThaiNguyenIsReadFromHerNumber() {
        Cccd cccd = Cccd.parse("019303765432");

        assertThat(cccd.provinceName()).isEqualTo("Thái Nguyên");
        assertThat(cccd.birthCentury()).isEqualTo(2000);
        assertThat(cccd.impliedBirthYear()).isEqualTo(2003);
        assertThat(cccd.impliedSex()).isEqualTo(Sex.FEMALE);
        assertThat(cccd.requireConsistentWith(2003, Sex.FEMALE)).isEqualTo(cccd);
    }

    @ParameterizedTest(name = "digit 4 = {0} means {1} born from {2}")
    @CsvSource({
            "0, MALE, 1900", "1, FEMALE, 1900", "2, MALE, 2000", "3, FEMALE, 2000", "4, MALE, 2100",
            "5, FEMALE, 2100", "6, MALE, 2200", "7, FEMALE, 2200", "8, MALE, 2300", "9, FEMALE, 2300"})
    void digitFourNamesCenturyAndSexEvenForMenOddForWomen(char digit, Sex sex, int century) {
        Cccd cccd = Cccd.parse("001" + digit + "45000001");

        assertThat(cccd.impliedSex()).isEqualTo(sex);
        assertThat(cccd.birthCentury()).isEqualTo(century);
        assertThat(cccd.impliedBirthYear()).isEqualTo(century + 45);
    }

    @Test
    void spacesAsTypedOrLeftBySpreadsheetsAreRemoved() {
        assertThat(Cccd.parse("  035 090 001 234 ").value()).isEqualTo("035090001234");
        assertThat(Cccd.parse("035\u00A0090\u202F001\u200B234\t").value()).isEqualTo("035090001234");
    }

    @Test
    void aNumberThatIsNotTwelveDigitsIsRefusedSayingWhatWasFound() {
        assertRefused("03509000123", "must be 12 digits, found 11 (a spreadsheet may have dropped leading zeros");
        assertRefused("0350900012345", "must be 12 digits, found 13");
        assertRefused("168123456", "must be 12 digits, found 9 (a 9-digit number is an old CMND, not a CCCD)");
        assertRefused("035-090-001234", "must be 12 digits, found '-' at position 4 which is not a digit");
        assertRefused("03509O001234", "found 'O' at position 6");
        assertRefused("０３５０９０００１２３４", "found '０' at position 1 which is not a digit");
    }

    @Test
    void anUnknownProvinceCodeIsRefusedNamingTheCode() {
        assertRefused("099090001234", "unknown province code 099");
        assertRefused("003090001234", "unknown province code 003");
        assertRefused("000090001234", "unknown province code 000");
    }

    @Test
    void allSixtyThreeProvinceCodesOfTheCircularAreAccepted() {
        assertThat(ProvinceCodes.all()).hasSize(63);
        assertThat(ProvinceCodes.all().keySet()).allSatisfy(code -> assertThat(code).matches("0[0-9]{2}"));
        assertThat(ProvinceCodes.all()).containsEntry("001", "Hà Nội").containsEntry("046", "Thừa Thiên Huế")
                .containsEntry("077", "Bà Rịa - Vũng Tàu").containsEntry("079", "Hồ Chí Minh")
                .containsEntry("096", "Cà Mau");
        ProvinceCodes.all().forEach((code, name) ->
                assertThat(Cccd.parse(code + "190000001").provinceName()).isEqualTo(name));
    }

    @Test
    void nullOrBlankIsRefusedByParseAndEmptyForParseIfPresent() {
        assertRefused(null, "must not be blank");
        assertRefused("   ", "must not be blank");
        assertThatThrownBy(() -> new Cccd(null)).isInstanceOf(InvalidPersonData.class);

        assertThat(Cccd.parseIfPresent(null)).isEmpty();
        assertThat(Cccd.parseIfPresent(" \u00A0 ")).isEmpty();
        assertThat(Cccd.parseIfPresent(" 035090001234")).contains(new Cccd("035090001234"));
        assertThatThrownBy(() -> Cccd.parseIfPresent("12345")).isInstanceOf(InvalidPersonData.class);
    }

    @Test
    void theRecordConstructorCannotBypassTheRules() {
        assertThatThrownBy(() -> new Cccd("099090001234")).hasMessage("unknown province code 099");
        assertThatThrownBy(() -> new Cccd("035 090001234")).hasMessageContaining("which is not a digit");
    }

    @Test
    void aCenturyDigitThatContradictsTheBirthYearIsNamed() {
        Cccd bornIn2090 = Cccd.parse("035290001234");

        assertThat(bornIn2090.inconsistenciesWith(1990, null))
                .containsExactly("digit 4 (century/sex) says born 2000–2099 but birth year is 1990");
    }

    @Test
    void yearDigitsThatContradictTheBirthYearAreNamed() {
        Cccd bornIn1990 = Cccd.parse("035090001234");

        assertThat(bornIn1990.inconsistenciesWith(1991, Sex.MALE))
                .containsExactly("digits 5–6 say birth year ..90 but birth year is 1991");
        assertThat(Cccd.parse("035005001234").inconsistenciesWith(1906, null))
                .containsExactly("digits 5–6 say birth year ..05 but birth year is 1906");
    }

    @Test
    void aSexDigitThatContradictsTheRecordedSexIsNamed() {
        assertThat(Cccd.parse("035190001234").inconsistenciesWith(1990, Sex.MALE))
                .containsExactly("digit 4 says female but sex is MALE");
        assertThat(Cccd.parse("035090001234").inconsistenciesWith(1990, Sex.FEMALE))
                .containsExactly("digit 4 says male but sex is FEMALE");
    }

    @Test
    void everyContradictionIsReportedAtOnce() {
        Cccd cccd = Cccd.parse("035391001234");

        assertThat(cccd.inconsistenciesWith(1990, Sex.MALE)).containsExactly(
                "digit 4 (century/sex) says born 2000–2099 but birth year is 1990",
                "digits 5–6 say birth year ..91 but birth year is 1990",
                "digit 4 says female but sex is MALE");
        assertThatThrownBy(() -> cccd.requireConsistentWith(1990, Sex.MALE))
                .isInstanceOf(InvalidPersonData.class)
                .satisfies(e -> assertThat(((InvalidPersonData) e).field()).isEqualTo("cccd"))
                .hasMessage("digit 4 (century/sex) says born 2000–2099 but birth year is 1990; "
                        + "digits 5–6 say birth year ..91 but birth year is 1990; digit 4 says female but sex is MALE");
    }

    @Test
    void anUnknownBirthYearOrSexIsNotChecked() {
        Cccd woman2001 = Cccd.parse("019301000123");

        assertThat(woman2001.inconsistenciesWith(null, null)).isEmpty();
        assertThat(woman2001.inconsistenciesWith(null, Sex.FEMALE)).isEmpty();
        assertThat(woman2001.inconsistenciesWith(2001, null)).isEmpty();
        assertThat(woman2001.inconsistenciesWith(null, Sex.MALE)).containsExactly("digit 4 says female but sex is MALE");
        assertThat(woman2001.inconsistenciesWith(1901, null)).hasSize(1);
    }

    private static void assertRefused(String raw, String message) {
        assertThatThrownBy(() -> Cccd.parse(raw))
                .isInstanceOf(InvalidPersonData.class)
                .satisfies(e -> assertThat(((InvalidPersonData) e).field()).isEqualTo("cccd"))
                .hasMessageContaining(message);
    }
}
