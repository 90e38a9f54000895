package vn.drugctl.registry.importing.domain;

import org.junit.jupiter.api.Test;
import vn.drugctl.registry.person.domain.Cccd;
import vn.drugctl.registry.person.domain.ChangeReason;
import vn.drugctl.registry.person.domain.MainList;
import vn.drugctl.registry.person.domain.PersonName;
import vn.drugctl.registry.person.domain.Sex;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.drugctl.registry.importing.domain.SurveyColumn.ALIASES;
import static vn.drugctl.registry.importing.domain.SurveyColumn.BIRTH_DATE;
import static vn.drugctl.registry.importing.domain.SurveyColumn.BIRTH_YEAR;
import static vn.drugctl.registry.importing.domain.SurveyColumn.CCCD;
import static vn.drugctl.registry.importing.domain.SurveyColumn.CURRENT_VILLAGE;
import static vn.drugctl.registry.importing.domain.SurveyColumn.DECISION;
import static vn.drugctl.registry.importing.domain.SurveyColumn.FULL_NAME;
import static vn.drugctl.registry.importing.domain.SurveyColumn.LIST;
import static vn.drugctl.registry.importing.domain.SurveyColumn.LISTED_ON;
import static vn.drugctl.registry.importing.domain.SurveyColumn.PERMANENT_UNIT;
import static vn.drugctl.registry.importing.domain.SurveyColumn.PERMANENT_VILLAGE;
import static vn.drugctl.registry.importing.domain.SurveyColumn.REASON;
import static vn.drugctl.registry.importing.domain.SurveyColumn.SEX;

class SurveyCsvParserTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 12, 1);
    private static final String HEADER = SurveyCsvFormat.templateHeader(',') + "\r\n";

    private final SurveyCsvParser parser = new SurveyCsvParser(TODAY);

    @Test
    void aGoodFileGivesOneTypedRowPerLine() {
        Parsed parsed = parse(HEADER
                + "Phạm Văn Khải,Tèo| Khải  Béo |Tèo,Nam,05/03/1990,1990, 035 090 001 234 ,Thôn 3,HN-BL-VUBAN,,,"
                + "Người nghi sử dụng trái phép chất ma túy,30/11/2024,,\r\n"
                + "Đỗ Thị Ngân,,Nữ,,2003,019303765432,Xóm Đông,HN-BL-VUBAN,\"Khu phố 4, phường Dĩ An, Bình Dương\","
                + ",ILLEGAL_USER,1/9/2025,Test dương tính,12/QĐ-UBND\r\n"
                + "Lò Văn Páo,,nam,,1975,,Tổ dân phố 5,,,,nguoi nghien ma tuy,01/12/2025,XÁC ĐỊNH TÌNH TRẠNG NGHIỆN,\r\n");

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.summary()).isEqualTo(new SurveyParseSummary(3, 0, true));
        assertThat(parsed.rows()).containsExactly(
                new SurveyRow(2, "Phạm Văn Khải", List.of("Tèo", "Khải Béo"), Sex.MALE, LocalDate.of(1990, 3, 5),
                        1990, new Cccd("035090001234"), "Thôn 3", "HN-BL-VUBAN", null, null,
                        MainList.SUSPECTED_USER, LocalDate.of(2024, 11, 30), ChangeReason.NEWLY_FOUND_BY_REVIEW, null),
                new SurveyRow(3, "Đỗ Thị Ngân", List.of(), Sex.FEMALE, null, 2003, new Cccd("019303765432"),
                        "Xóm Đông", "HN-BL-VUBAN", "Khu phố 4, phường Dĩ An, Bình Dương", null, MainList.ILLEGAL_USER,
                        LocalDate.of(2025, 9, 1), ChangeReason.POSITIVE_TEST, "12/QĐ-UBND"),
                new SurveyRow(4, "Lò Văn Páo", List.of(), Sex.MALE, null, 1975, null, "Tổ dân phố 5", null, null,
                        null, MainList.ADDICT, TODAY, ChangeReason.ADDICTION_DETERMINED, null));
    }

    @Test
    void headersMatchIgnoringCaseDiacriticsAndOrderAndTheSemicolonSeparatorIsDetected() {
        Parsed parsed = parse("DIEN QUAN LY ; ho va ten;Ngày  vào diện;gioi tinh;NGÀY SINH;Thôn/xóm hiện tại\n"
                + "Người nghi nghiện ma túy;Hoàng Văn Tùng;02/01/2025;Nam;28/02/1988;Khu phố 4, Thủ Đức, Hồ Chí Minh\n");

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).singleElement().satisfies(row -> {
            assertThat(row.fullName()).isEqualTo("Hoàng Văn Tùng");
            assertThat(row.list()).isEqualTo(MainList.SUSPECTED_ADDICT);
            assertThat(row.birthYear()).isEqualTo(1988);
            assertThat(row.currentVillage()).isEqualTo("Khu phố 4, Thủ Đức, Hồ Chí Minh");
        });
    }

    @Test
    void unknownDuplicatedOrMissingColumnsRefuseTheFileOnLineOneAndNoRowIsRead() {
        Parsed unknown = parse(HEADER.strip() + ",Ghi chú\r\n" + line(Map.of()).strip() + ",x\r\n");
        Parsed twice = parse("Họ và tên,Giới tính,Năm sinh,Diện quản lý,Ngày vào diện,GIOI TINH\n");
        Parsed missing = parse("Họ và tên,Giới tính,Số CCCD\n");

        assertThat(unknown.errors()).extracting(SurveyRowError::line, SurveyRowError::column)
                .containsExactly(tuple(1, "Ghi chú"));
        assertThat(unknown.errors().getFirst().message()).startsWith("unknown column 15; the columns are: Họ và tên, ");
        assertThat(unknown.rows()).isEmpty();
        assertThat(unknown.summary()).isEqualTo(new SurveyParseSummary(0, 0, false));
        assertThat(twice.errors()).containsExactly(
                new SurveyRowError(1, "Giới tính", "column appears twice (columns 2 and 6)"));
        assertThat(missing.errors()).containsExactly(
                new SurveyRowError(1, "Diện quản lý", "required column is missing"),
                new SurveyRowError(1, "Ngày vào diện", "required column is missing"),
                new SurveyRowError(1, "Năm sinh", "required column is missing (or give Ngày sinh)"));
    }

    @Test
    void anEmptyFileIsRefusedAndAFileWithOnlyTheHeaderHasNoRows() {
        assertThat(parse("").errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).startsWith("the file is empty: line 1 must be the header"));
        assertThat(parse("\n\n").summary().complete()).isFalse();

        Parsed onlyHeader = parse(HEADER);
        assertThat(onlyHeader.errors()).isEmpty();
        assertThat(onlyHeader.summary()).isEqualTo(new SurveyParseSummary(0, 0, true));
    }

    @Test
    void eachKindOfBadValueIsReportedOnTheLineOfItsRowInItsColumn() {
        List<Map<SurveyColumn, String>> rows = List.of(
                Map.of(FULL_NAME, " "),
                Map.of(FULL_NAME, "Nguyễn Văn 3"),
                Map.of(SEX, "X"),
                Map.of(BIRTH_DATE, "31/02/1990"),
                Map.of(BIRTH_DATE, "02/12/2025", BIRTH_YEAR, ""),
                Map.of(BIRTH_DATE, "", BIRTH_YEAR, ""),
                Map.of(BIRTH_DATE, "", BIRTH_YEAR, "90"),
                Map.of(BIRTH_YEAR, "1991", CCCD, ""),
                Map.of(BIRTH_DATE, "", BIRTH_YEAR, "1899", CCCD, ""),
                Map.of(CCCD, "03509000123"),
                Map.of(CCCD, "099090001234"),
                Map.of(CCCD, "035290001234"),
                Map.of(CCCD, "035091001234"),
                Map.of(CCCD, "035190001234"),
                Map.of(PERMANENT_UNIT, "HN BL"),
                Map.of(LIST, ""),
                Map.of(LIST, "Nghiện"),
                Map.of(LISTED_ON, ""),
                Map.of(LISTED_ON, "02/12/2025"),
                Map.of(LISTED_ON, "2024-11-30"),
                Map.of(LISTED_ON, "01/01/1989"),
                Map.of(REASON, "Khác"));
        String text = HEADER + rows.stream().map(SurveyCsvParserTest::line).collect(Collectors.joining())
                + line(Map.of()).replaceFirst(",[^,]*\r\n$", "\r\n")
                + "\"Phạm Văn Khải\"x" + line(Map.of()).substring("Phạm Văn Khải".length());

        Parsed parsed = parse(text);

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.summary()).isEqualTo(new SurveyParseSummary(0, 24, true));
        List<Expected> expected = List.of(
                new Expected(2, "Họ và tên", "required"),
                new Expected(3, "Họ và tên", "may contain only letters, spaces, apostrophes ('), hyphens (-) and dots (.): "
                        + "found '3' (U+0033) at character 12"),
                new Expected(4, "Giới tính", "must be Nam or Nữ, not 'X'"),
                new Expected(5, "Ngày sinh", "must be a date dd/MM/yyyy, not '31/02/1990'"),
                new Expected(6, "Ngày sinh", "is after today (01/12/2025)"),
                new Expected(7, "Năm sinh", "required when Ngày sinh is empty"),
                new Expected(8, "Năm sinh", "must be a year yyyy, not '90'"),
                new Expected(9, "Năm sinh", "is 1991 but Ngày sinh is 05/03/1990"),
                new Expected(10, "Năm sinh", "must be between 1900 and 2025"),
                new Expected(11, "Số CCCD", "must be 12 digits, found 11 (a spreadsheet may have dropped leading zeros"),
                new Expected(12, "Số CCCD", "unknown province code 099"),
                new Expected(13, "Số CCCD", "digit 4 (century/sex) says born 2000–2099 but birth year is 1990"),
                new Expected(14, "Số CCCD", "digits 5–6 say birth year ..91 but birth year is 1990"),
                new Expected(15, "Số CCCD", "digit 4 says female but sex is MALE"),
                new Expected(16, "Mã đơn vị thường trú", "must be a unit code such as HN-BL-VUBAN"),
                new Expected(17, "Diện quản lý", "required"),
                new Expected(18, "Diện quản lý", "unknown list 'Nghiện'; expected one of: Người nghiện ma túy (ADDICT), "),
                new Expected(19, "Ngày vào diện", "required"),
                new Expected(20, "Ngày vào diện", "is after today (01/12/2025)"),
                new Expected(21, "Ngày vào diện", "must be a date dd/MM/yyyy, not '2024-11-30'"),
                new Expected(22, "Ngày vào diện", "is before the birth date 05/03/1990"),
                new Expected(23, "Lý do", "unknown reason 'Khác'; expected one of: Rà soát mới, "),
                new Expected(24, null, "the row has 13 values but the header has 14 columns"),
                new Expected(25, null, "text after the closing quote of value 1"));
        assertThat(parsed.errors()).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            SurveyRowError error = parsed.errors().get(i);
            assertThat(error.line()).as("error %s", error).isEqualTo(expected.get(i).line());
            assertThat(error.column()).as("error %s", error).isEqualTo(expected.get(i).column());
            assertThat(error.message()).as("error %s", error).startsWith(expected.get(i).start());
        }
        assertThat(parsed.rejectedLines()).isEqualTo(expected.stream().map(Expected::line).toList());
    }

    @Test
    void aRowWithSeveralErrorsReportsThemAllAndGivesNoRowWhileItsNeighboursAreRead() {
        Parsed parsed = parse(HEADER + line(Map.of())
                + line(Map.of(FULL_NAME, "", SEX, "?", CCCD, "035391001234", LISTED_ON, "31/12/2025"))
                + line(Map.of(FULL_NAME, "Bùi Văn Long")));

        assertThat(parsed.rows()).extracting(SurveyRow::line, SurveyRow::fullName)
                .containsExactly(tuple(2, "Phạm Văn Khải"), tuple(4, "Bùi Văn Long"));
        assertThat(parsed.rejectedLines()).containsExactly(3);
        assertThat(parsed.errors()).extracting(SurveyRowError::line, SurveyRowError::column, SurveyRowError::message)
                .containsExactly(
                        tuple(3, "Họ và tên", "required"),
                        tuple(3, "Giới tính", "must be Nam or Nữ, not '?'"),
                        tuple(3, "Số CCCD", "digit 4 (century/sex) says born 2000–2099 but birth year is 1990"),
                        tuple(3, "Số CCCD", "digits 5–6 say birth year ..91 but birth year is 1990"),
                        tuple(3, "Ngày vào diện", "is after today (01/12/2025)"));
    }

    @Test
    void quotedSeparatorsAndQuotesStayInTheValueQuotedLineBreaksAreRefusedAndLinesCountPhysically() {
        String text = HEADER
                + line(Map.of(PERMANENT_VILLAGE, "Thôn 3\r\nngõ 5"))
                + line(Map.of(FULL_NAME, "Vũ Đức Hải"))
                + line(Map.of(FULL_NAME, "Ngô Minh Tuấn", PERMANENT_VILLAGE, "Xóm \"Mới\", đội 2")).replace("\r\n", "\n")
                + line(Map.of(FULL_NAME, "Đào Văn Lợi", DECISION, "số 15\nngày 02/10/2024\n(bản sao)"))
                + line(Map.of(FULL_NAME, "Trịnh Văn Nam")).replace("\r\n", "\r")
                + line(Map.of(SEX, "Nam giới"));

        Parsed parsed = parse(text);

        assertThat(parsed.rows()).extracting(SurveyRow::line, SurveyRow::fullName, SurveyRow::permanentVillage)
                .containsExactly(
                        tuple(4, "Vũ Đức Hải", "Thôn 3"),
                        tuple(5, "Ngô Minh Tuấn", "Xóm \"Mới\", đội 2"),
                        tuple(9, "Trịnh Văn Nam", "Thôn 3"));
        assertThat(parsed.errors()).extracting(SurveyRowError::line, SurveyRowError::column, SurveyRowError::message)
                .containsExactly(
                        tuple(2, "Thôn/xóm thường trú",
                                "must be on one line: found a line break (U+000A LINE FEED (LF)) at character 7"),
                        tuple(6, "Số quyết định/văn bản",
                                "must be on one line: found a line break (U+000A LINE FEED (LF)) at character 6"),
                        tuple(10, "Giới tính", "must be Nam or Nữ, not 'Nam giới'"));
    }

    @Test
    void namesFollowTheRegistrysOneNameRuleWithTheSameReasonsAsTheApi() {
        List<String> badNames = List.of("Nguyễn\u0000Văn", "Nguyễn\tVăn", "Nguyễn\u200BVăn", "Nguyễn \u202EnăV",
                "Nguyễn Văn 3", "Tòng Văn Sơn, Sơn gầy", "-Tèo", "A", "Ă".repeat(101));
        StringBuilder text = new StringBuilder(HEADER);
        badNames.forEach(name -> text.append(line(Map.of(FULL_NAME, name))));
        text.append(line(Map.of(FULL_NAME, "Lê Văn Tám", ALIASES, "Tèo|Béo|Tí\u202E")));
        text.append(line(Map.of(FULL_NAME, "Lê Văn Chín", ALIASES, String.join("|", java.util.Collections.nCopies(11,
                "Tèo")))));

        Parsed parsed = parse(text.toString());

        assertThat(parsed.rows()).isEmpty();
        for (int i = 0; i < badNames.size(); i++) {
            String reason = PersonName.problem(badNames.get(i), PersonName.Kind.FULL_NAME).orElseThrow();
            assertThat(parsed.errors().get(i)).isEqualTo(new SurveyRowError(i + 2, "Họ và tên", reason));
        }
        assertThat(parsed.errors().subList(badNames.size(), parsed.errors().size()))
                .extracting(SurveyRowError::line, SurveyRowError::column, SurveyRowError::message)
                .containsExactly(
                        tuple(11, "Tên gọi khác", "alias 3: " + PersonName.problem("Tí\u202E", PersonName.Kind.ALIAS)
                                .orElseThrow()),
                        tuple(12, "Tên gọi khác", "at most 10 aliases, not 11"));
    }

    @Test
    void goodNamesAreStoredAsTheApiStoresThem() {
        List<String> goodNames = List.of(Normalizer.normalize("Nguyễn Thị Ánh Tuyết", Normalizer.Form.NFD),
                "  Lò \u00A0Văn  Páo ", "H\u2019Hen Niê", "Y-Moan Ê.", "Tí");
        StringBuilder text = new StringBuilder(HEADER);
        goodNames.forEach(name -> text.append(line(Map.of(FULL_NAME, name, ALIASES, name + "|" + name))));

        Parsed parsed = parse(text.toString());

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).extracting(SurveyRow::fullName)
                .containsExactlyElementsOf(goodNames.stream().map(PersonName::fullName).toList())
                .containsExactly("Nguyễn Thị Ánh Tuyết", "Lò Văn Páo", "H'Hen Niê", "Y-Moan Ê.", "Tí");
        assertThat(parsed.rows()).allSatisfy(row -> assertThat(row.aliases()).containsExactly(row.fullName()));
    }

    @Test
    void otherTextColumnsRefuseControlCharactersButACccdMayCarryTheZeroWidthSpacesSpreadsheetsLeave() {
        Parsed parsed = parse(HEADER
                + line(Map.of(PERMANENT_VILLAGE, "Thôn\u00003"))
                + line(Map.of(DECISION, "12/QĐ\u200B-UBND"))
                + line(Map.of(CURRENT_VILLAGE, "Khu phố 4\u202E"))
                + line(Map.of(LIST, "SUSPECTED_USER\u0007"))
                + line(Map.of(CCCD, "035\u200B090\u00A0001234")));

        assertThat(parsed.errors()).extracting(SurveyRowError::line, SurveyRowError::column, SurveyRowError::message)
                .containsExactly(
                        tuple(2, "Thôn/xóm thường trú", "must not contain control or invisible formatting "
                                + "characters: found U+0000 NULL at character 5"),
                        tuple(3, "Số quyết định/văn bản", "must not contain control or invisible formatting "
                                + "characters: found U+200B ZERO WIDTH SPACE at character 6"),
                        tuple(4, "Thôn/xóm hiện tại", "must not contain control or invisible formatting "
                                + "characters: found U+202E RIGHT-TO-LEFT OVERRIDE at character 10"),
                        tuple(5, "Diện quản lý", "must not contain control or invisible formatting "
                                + "characters: found U+0007 BEL at character 15"));
        assertThat(parsed.rows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(6);
            assertThat(row.cccd()).isEqualTo(new Cccd("035090001234"));
        });
    }

    @Test
    void aValueQuotedBackInAnErrorIsCutToTwoHundredCharactersWhateverTheCellHolds() {
        String huge = "X".repeat(60_000);
        Parsed parsed = parse(HEADER.strip() + "," + huge + "\r\n");
        String big = "X".repeat(10_000);
        Parsed row = parse(HEADER + line(Map.of(SEX, big, BIRTH_YEAR, big, LIST, big, REASON, big,
                PERMANENT_UNIT, big + "/" + big)));

        assertThat(parsed.errors()).singleElement().satisfies(e -> {
            assertThat(e.column()).hasSize(SurveyRowError.MAX_SHOWN).endsWith("X…");
            assertThat(e.message()).startsWith("unknown column 15;");
        });
        assertThat(row.errors()).hasSize(5).allSatisfy(e -> assertThat(e.message())
                .contains("'" + "X".repeat(SurveyRowError.MAX_SHOWN - 1) + "…'")
                .doesNotContain("X".repeat(SurveyRowError.MAX_SHOWN))
                .hasSizeLessThanOrEqualTo(SurveyRowError.MAX_MESSAGE));
        assertThat(new SurveyRowError(2, null, "y".repeat(5_000)).message())
                .hasSize(SurveyRowError.MAX_MESSAGE).endsWith("y…");
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsSkipped() throws IOException {
        byte[] utf8 = (HEADER + line(Map.of())).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream withBom = new ByteArrayOutputStream();
        withBom.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        withBom.write(utf8);

        Parsed fromBytes = parse(withBom.toByteArray());
        Parsed fromChars = parse("\uFEFF" + HEADER.replace(',', ';') + line(Map.of()).replace(',', ';'));

        assertThat(fromBytes.errors()).isEmpty();
        assertThat(fromBytes.rows()).singleElement().satisfies(row -> assertThat(row.line()).isEqualTo(2));
        assertThat(fromChars.errors()).isEmpty();
        assertThat(fromChars.rows()).isEqualTo(fromBytes.rows());
    }

    @Test
    void decomposedUnicodeIsReadAsTheSameComposedText() {
        String composed = HEADER + line(Map.of(ALIASES, "Tèo|Béo", LIST, "Người bị quản lý sau cai nghiện",
                REASON, "Chấp hành xong cai nghiện bắt buộc", CURRENT_VILLAGE, "Xóm Đông"));
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);

        Parsed parsed = parse(decomposed);

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).isEqualTo(parse(composed).rows());
        SurveyRow row = parsed.rows().getFirst();
        assertThat(row.fullName()).isEqualTo("Phạm Văn Khải");
        assertThat(Normalizer.isNormalized(row.fullName(), Normalizer.Form.NFC)).isTrue();
        assertThat(row.aliases()).containsExactly("Tèo", "Béo");
        assertThat(row.list()).isEqualTo(MainList.POST_REHAB);
        assertThat(row.reason()).isEqualTo(ChangeReason.RELEASED_FROM_COMPULSORY_REHAB);
        assertThat(row.currentVillage()).isEqualTo("Xóm Đông");
    }

    @Test
    void blankRowsAndTrailingEmptyLinesAreIgnoredWithoutShiftingLineNumbers() {
        Parsed parsed = parse(HEADER + "\r\n" + line(Map.of()) + ",,,,,,,,,,,,,\r\n   \r\n"
                + line(Map.of(SEX, "")) + "\r\n\r\n\n");

        assertThat(parsed.rows()).extracting(SurveyRow::line).containsExactly(3);
        assertThat(parsed.errors()).containsExactly(new SurveyRowError(6, "Giới tính", "required"));
        assertThat(parsed.summary()).isEqualTo(new SurveyParseSummary(1, 1, true));
    }

    @Test
    void aValueUnderABlankHeaderCellIsAnErrorButTrailingEmptyColumnsAreNot() {
        Parsed parsed = parse(HEADER.strip() + ",,\r\n" + line(Map.of()).strip() + ",,\r\n"
                + line(Map.of()).strip() + ",,ghi chú\r\n");

        assertThat(parsed.rows()).extracting(SurveyRow::line).containsExactly(2);
        assertThat(parsed.errors()).containsExactly(
                new SurveyRowError(3, null, "value in column 16, which has no header"));
    }

    @Test
    void aQuoteNeverClosedStopsTheReadingAtTheRowWhereItOpens() {
        Parsed parsed = parse(HEADER + line(Map.of()) + line(Map.of(PERMANENT_VILLAGE, "Thôn 3"))
                .replace("Thôn 3", "\"Thôn 3") + line(Map.of()) + line(Map.of()));

        assertThat(parsed.rows()).extracting(SurveyRow::line).containsExactly(2);
        assertThat(parsed.errors()).containsExactly(new SurveyRowError(3, null,
                "a quoted value opened on line 3 is never closed (missing \"); nothing after it was read"));
        assertThat(parsed.summary()).isEqualTo(new SurveyParseSummary(1, 1, false));
    }

    @Test
    void aFileSavedInAWindowsCodePageInsteadOfUtf8IsRefusedAndABadByteNamesItsCell() throws IOException {
        Charset windowsVietnamese = Charset.forName("windows-1258");
        Parsed codePage = parse((HEADER + line(Map.of())).getBytes(windowsVietnamese));

        ByteArrayOutputStream mixed = new ByteArrayOutputStream();
        mixed.write((HEADER + line(Map.of())).getBytes(StandardCharsets.UTF_8));
        mixed.write(line(Map.of(PERMANENT_VILLAGE, "Xóm Đông")).getBytes(windowsVietnamese));
        Parsed oneBadRow = parse(mixed.toByteArray());

        assertThat(codePage.errors()).containsExactly(new SurveyRowError(1, null,
                "the header contains bytes that are not UTF-8: save the file as \"CSV UTF-8\""));
        assertThat(codePage.summary().complete()).isFalse();
        assertThat(oneBadRow.rows()).extracting(SurveyRow::line).containsExactly(2);
        assertThat(oneBadRow.errors()).extracting(SurveyRowError::line, SurveyRowError::column)
                .contains(tuple(3, "Thôn/xóm thường trú"));
    }

    @Test
    void theImportKeyIsTheSameForTheSameContentWhateverTheLineFormOrSeparatorAndDiffersOtherwise() {
        String row = line(Map.of(ALIASES, "Tèo", CURRENT_VILLAGE, "Khu phố 4, Bình Dương", DECISION, "12/QĐ-UBND"));
        SurveyRow first = parse(HEADER + row).rows().getFirst();
        SurveyRow again = parse(HEADER + line(Map.of()) + row).rows().get(1);
        SurveyRow decomposed = parse(Normalizer.normalize(HEADER + row, Normalizer.Form.NFD)).rows().getFirst();
        SurveyRow semicolons = parse("Diện quản lý;Họ và tên;Tên gọi khác;Giới tính;Ngày sinh;Năm sinh;Số CCCD;"
                + "Thôn/xóm thường trú;Mã đơn vị thường trú;Thôn/xóm hiện tại;Ngày vào diện;Số quyết định/văn bản\n"
                + "SUSPECTED_USER;Phạm  Văn Khải ;Tèo;nam;05/03/1990;1990;035090001234;Thôn 3;HN-BL-VUBAN;"
                + "Khu phố 4, Bình Dương;30/11/2024;12/QĐ-UBND\n").rows().getFirst();
        SurveyRow otherDecision = parse(HEADER + row.replace("12/QĐ-UBND", "13/QĐ-UBND")).rows().getFirst();
        SurveyRow withoutAlias = parse(HEADER + row.replace("Tèo", "")).rows().getFirst();

        assertThat(first.importKey()).matches("[0-9a-f]{64}");
        assertThat(again.line()).isEqualTo(3);
        assertThat(List.of(again.importKey(), decomposed.importKey(), semicolons.importKey()))
                .containsOnly(first.importKey());
        assertThat(otherDecision.importKey()).isNotEqualTo(first.importKey());
        assertThat(withoutAlias.importKey()).isNotEqualTo(first.importKey());
    }

    @Test
    void aCountingPassAndProgressCallbacksLetTheCallerShowHowFarTheReadingIs() throws IOException {
        StringBuilder text = new StringBuilder();
        try (SurveyCsvFiles.GeneratedSurvey survey = new SurveyCsvFiles.GeneratedSurvey(11, 2_500,
                LocalDate.of(2024, 11, 30))) {
            char[] buffer = new char[4096];
            for (int n = survey.read(buffer, 0, buffer.length); n > 0; n = survey.read(buffer, 0, buffer.length)) {
                text.append(buffer, 0, n);
            }
        }
        String file = text + "\r\n\r\n";
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
        List<long[]> progress = new ArrayList<>();

        int counted = SurveyCsvParser.countRows(new StringReader(file));
        SurveyParseSummary summary;
        try {
            summary = parser.parse(new ByteArrayInputStream(bytes), new Collecting() {
                @Override
                public void progress(int rowsRead, long inputRead) {
                    progress.add(new long[]{rowsRead, inputRead});
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        assertThat(counted).isEqualTo(2_500);
        assertThat(summary).isEqualTo(new SurveyParseSummary(2_500, 0, true));
        assertThat(progress).extracting(p -> p[0]).containsExactly(1_000L, 2_000L, 2_500L);
        assertThat(progress.get(0)[1]).isPositive().isLessThan(progress.get(1)[1]);
        assertThat(progress.get(2)[1]).isEqualTo(bytes.length);
    }

    @Test
    void aHundredThousandRowFileStreamsThroughWithoutBeingReadAhead() throws IOException {
        int rows = 100_000;
        SurveyCsvFiles.GeneratedSurvey survey = new SurveyCsvFiles.GeneratedSurvey(2025, rows,
                LocalDate.of(2024, 11, 30));
        long[] readWhenFirstRowArrived = {-1};
        long[] readAtHalfway = {-1};
        List<SurveyRowError> firstErrors = new ArrayList<>();
        int[] accepted = {0};

        SurveyParseSummary summary = parser.parse(survey, new SurveyRowVisitor() {
            @Override
            public void accepted(SurveyRow row) {
                if (++accepted[0] == 1) {
                    readWhenFirstRowArrived[0] = survey.charsProduced();
                } else if (accepted[0] == rows / 2) {
                    readAtHalfway[0] = survey.charsProduced();
                }
            }

            @Override
            public void rejected(int line, List<SurveyRowError> errors) {
                if (firstErrors.size() < 10) {
                    firstErrors.addAll(errors);
                }
            }
        });

        assertThat(firstErrors).isEmpty();
        assertThat(summary).isEqualTo(new SurveyParseSummary(rows, 0, true));
        assertThat(accepted[0]).isEqualTo(rows);
        assertThat(survey.charsProduced()).isGreaterThan(8_000_000);
        assertThat(readWhenFirstRowArrived[0]).isLessThan(20_000);
        assertThat(readAtHalfway[0]).isLessThan(survey.charsProduced() / 2 + 20_000);
    }

    @Test
    void theFormatDescribesEveryColumnForTheReadme() {
        String markdown = SurveyCsvFormat.markdown();

        assertThat(Arrays.stream(SurveyColumn.values())).allSatisfy(column -> {
            assertThat(markdown).contains("| " + column.header() + " | ");
            assertThat(column.description()).isNotBlank().doesNotContain("\n");
        });
        assertThat(markdown).contains("| Năm sinh | required without Ngày sinh |")
                .contains("| Tên gọi khác | optional | Other names and nicknames, separated by \\|: at most 10, each 1 to "
                        + "100 characters, same rule as the name. |");
        assertThat(SurveyCsvFormat.templateHeader(';')).startsWith("Họ và tên;Tên gọi khác;Giới tính;");
    }

    // ---- helpers

    private record Expected(int line, String column, String start) {
    }

    private record Parsed(List<SurveyRow> rows, List<SurveyRowError> errors, List<Integer> rejectedLines,
                          SurveyParseSummary summary) {
    }

    private static class Collecting implements SurveyRowVisitor {
        final List<SurveyRow> rows = new ArrayList<>();
        final List<SurveyRowError> errors = new ArrayList<>();
        final List<Integer> rejectedLines = new ArrayList<>();

        @Override
        public void accepted(SurveyRow row) {
            rows.add(row);
        }

        @Override
        public void rejected(int line, List<SurveyRowError> rowErrors) {
            assertThat(rowErrors).isNotEmpty().allSatisfy(e -> assertThat(e.line()).isEqualTo(line));
            rejectedLines.add(line);
            errors.addAll(rowErrors);
        }
    }

    private Parsed parse(String text) {
        Collecting collecting = new Collecting();
        try {
            SurveyParseSummary summary = parser.parse(new StringReader(text), collecting);
            return new Parsed(collecting.rows, collecting.errors, collecting.rejectedLines, summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Parsed parse(byte[] bytes) throws IOException {
        Collecting collecting = new Collecting();
        SurveyParseSummary summary = parser.parse(new ByteArrayInputStream(bytes), collecting);
        return new Parsed(collecting.rows, collecting.errors, collecting.rejectedLines, summary);
    }

    /** A good row in template order, with some values replaced; ends with CR LF. */
    private static String line(Map<SurveyColumn, String> changes) {
        Map<SurveyColumn, String> values = new EnumMap<>(SurveyColumn.class);
        values.put(FULL_NAME, "Phạm Văn Khải");
        values.put(SEX, "Nam");
        values.put(BIRTH_DATE, "05/03/1990");
        values.put(BIRTH_YEAR, "1990");
        values.put(CCCD, "035090001234");
        values.put(PERMANENT_VILLAGE, "Thôn 3");
        values.put(PERMANENT_UNIT, "HN-BL-VUBAN");
        values.put(LIST, "Người nghi sử dụng trái phép chất ma túy");
        values.put(LISTED_ON, "30/11/2024");
        values.putAll(changes);
        return Arrays.stream(SurveyColumn.values())
                .map(column -> SurveyCsvFiles.quoted(values.getOrDefault(column, ""), ','))
                .collect(Collectors.joining(",")) + "\r\n";
    }
}
