package vn.drugctl.reporting.periodreport.infrastructure.office;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.drugctl.reporting.periodreport.application.MonthlySeries;
import vn.drugctl.reporting.periodreport.application.PeriodReport;
import vn.drugctl.reporting.periodreport.domain.ReportTerms;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The workbook read back with POI: every number of the hand-made report, as a numeric cell, under its label. */
class PeriodReportXlsxTest {
    static final PeriodReport REPORT = SampleExport.report();
    static XSSFWorkbook workbook;

    @BeforeAll
    static void write() throws IOException {
        byte[] bytes = PeriodReportXlsx.write(SampleExport.export());
        workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    /** The texts of a row up to its first numeric cell, and its numeric cells. */
    record Line(List<String> texts, List<Cell> numbers) {
    }

    static List<Line> lines(String sheet) {
        Sheet s = workbook.getSheet(sheet);
        assertThat(s).as(sheet).isNotNull();
        List<Line> lines = new ArrayList<>();
        for (Row row : s) {
            List<String> texts = new ArrayList<>();
            List<Cell> numbers = new ArrayList<>();
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.NUMERIC) {
                    numbers.add(cell);
                } else if (numbers.isEmpty()) {
                    texts.add(cell.getStringCellValue());
                }
            }
            lines.add(new Line(texts, numbers));
        }
        return lines;
    }

    /** The one numeric cell of the row labelled {@code texts}. */
    static double number(String sheet, String... texts) {
        List<Line> found = lines(sheet).stream().filter(l -> l.texts().equals(Arrays.asList(texts))
                && !l.numbers().isEmpty()).toList();
        assertThat(found).as(sheet + " " + Arrays.toString(texts)).hasSize(1);
        Cell cell = found.getFirst().numbers().getFirst();
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        return cell.getNumericCellValue();
    }

    static long numericCells(String sheet) {
        return lines(sheet).stream().mapToLong(l -> l.numbers().size()).sum();
    }

    static String list(String code) {
        return ReportTerms.label(ReportTerms.PersonList.class, code);
    }

    @Test
    void everyListNumberIsTheReportsUnderItsVietnameseLabel() {
        long expected = 0;
        for (PeriodReport.ListBalance l : REPORT.lists()) {
            String list = list(l.list());
            PeriodReport.Balance b = l.balance();
            assertThat(number(PeriodReportXlsx.LISTS, list, "Đầu kỳ", "")).isEqualTo(b.baseline());
            assertThat(number(PeriodReportXlsx.LISTS, list, "Tăng", "")).isEqualTo(b.added());
            assertThat(number(PeriodReportXlsx.LISTS, list, "Giảm", "")).isEqualTo(b.removed());
            assertThat(number(PeriodReportXlsx.LISTS, list, "Cuối kỳ", "")).isEqualTo(b.current());
            expected += 4;
            for (var r : b.addedByReason().entrySet()) {
                assertThat(number(PeriodReportXlsx.LISTS, list, "Tăng",
                        ReportTerms.label(ReportTerms.ListReason.class, r.getKey()))).isEqualTo((double) r.getValue());
                expected++;
            }
            for (var r : b.removedByReason().entrySet()) {
                assertThat(number(PeriodReportXlsx.LISTS, list, "Giảm",
                        ReportTerms.label(ReportTerms.ListReason.class, r.getKey()))).isEqualTo((double) r.getValue());
                expected++;
            }
            for (var d : l.breakdown().entrySet()) {
                ReportTerms.Dimension dimension = ReportTerms.Dimension.of(d.getKey()).orElseThrow();
                for (var v : d.getValue().entrySet()) {
                    assertThat(number(PeriodReportXlsx.LISTS, list, "Cơ cấu cuối kỳ: " + dimension.label(),
                            dimension.valueLabel(v.getKey()))).isEqualTo((double) v.getValue());
                    expected++;
                }
            }
        }
        assertThat(numericCells(PeriodReportXlsx.LISTS)).as("no number the report does not have").isEqualTo(expected);
        // the words, as an officer reads them, diacritics intact; a code without a label shown as the code
        assertThat(number(PeriodReportXlsx.LISTS, "Người nghiện ma túy", "Tăng", "Xác định tình trạng nghiện"))
                .isEqualTo(15);
        assertThat(number(PeriodReportXlsx.LISTS, "Người nghi sử dụng trái phép chất ma túy", "Giảm",
                "Đi khỏi địa phương")).isEqualTo(207);
        assertThat(number(PeriodReportXlsx.LISTS, "Người nghiện ma túy", "Cơ cấu cuối kỳ: Nơi người nghiện đang ở",
                "Trong cơ sở cai nghiện bắt buộc")).isEqualTo(40);
        assertThat(number(PeriodReportXlsx.LISTS, "Người bị quản lý sau cai nghiện ma túy", "Giảm", "NEW_REASON_X"))
                .isEqualTo(1);
    }

    @Test
    void theCoverNamesUnitPeriodAndTimeAndSumsTheBalances() {
        assertThat(workbook.getSheetName(0)).isEqualTo(PeriodReportXlsx.COVER);
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactly("Tổng hợp", "Danh sách", "Chuyển diện", "Test ma túy", "Xử phạt VPHC",
                "Cai nghiện bắt buộc", "Điểm, tụ điểm", "Kết quả đấu tranh", "Sưu tra, hiềm nghi", "Danh sách người",
                "Biểu đồ");
        Sheet cover = workbook.getSheet(PeriodReportXlsx.COVER);
        assertThat(cover.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Xã Vũ Bản");
        assertThat(cover.getRow(4).getCell(1).getStringCellValue()).isEqualTo("HN-BL-VUBAN");
        assertThat(cover.getRow(5).getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(REPORT.from());
        assertThat(cover.getRow(6).getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(REPORT.to());
        assertThat(cover.getRow(6).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
        assertThat(cover.getRow(7).getCell(1).getLocalDateTimeCellValue()).isEqualTo("2024-12-08T09:30");
        for (PeriodReport.ListBalance l : REPORT.lists()) {
            Line line = lines(PeriodReportXlsx.COVER).stream().filter(x -> x.texts().equals(List.of(list(l.list()))))
                    .findFirst().orElseThrow();
            assertThat(line.numbers()).extracting(Cell::getNumericCellValue).containsExactly(
                    (double) l.balance().baseline(), (double) l.balance().added(), (double) l.balance().removed(),
                    (double) l.balance().current());
        }
    }

    @Test
    void everyOtherSectionsNumberIsTheReports() {
        for (PeriodReport.Move m : REPORT.moves()) {
            assertThat(number(PeriodReportXlsx.MOVES, list(m.fromList()), list(m.toList()))).isEqualTo(m.people());
        }
        assertThat(numericCells(PeriodReportXlsx.MOVES)).isEqualTo(REPORT.moves().size());

        assertThat(number(PeriodReportXlsx.DRUG_TESTS, "Số lượt test")).isEqualTo(532);
        assertThat(number(PeriodReportXlsx.DRUG_TESTS, "Số lượt dương tính với ma túy")).isEqualTo(111);
        assertThat(number(PeriodReportXlsx.DRUG_TESTS, "Tỷ lệ dương tính (%)")).isEqualTo(20.9);
        assertThat(number(PeriodReportXlsx.DRUG_TESTS, "Số lượt triệu tập không test")).isEqualTo(4);
        assertThat(number(PeriodReportXlsx.DRUG_TESTS, "Số người được test")).isEqualTo(410);
        assertThat(number(PeriodReportXlsx.DRUG_TESTS, "Số người dương tính với ma túy")).isEqualTo(97);
        assertThat(number(PeriodReportXlsx.DRUG_TESTS, "Tỷ lệ người dương tính (%)")).isEqualTo(23.7);

        assertThat(number(PeriodReportXlsx.SANCTIONS, "Đã ra quyết định xử phạt vi phạm hành chính", ""))
                .isEqualTo(30);
        assertThat(number(PeriodReportXlsx.SANCTIONS, "Không ra quyết định xử phạt",
                "Sử dụng trái phép chất ma túy tại tỉnh ngoài")).isEqualTo(48);
        assertThat(number(PeriodReportXlsx.REHAB, "Lập hồ sơ đưa đi cai nghiện bắt buộc")).isEqualTo(16);
        assertThat(number(PeriodReportXlsx.REHAB, "Đã đưa vào cơ sở cai nghiện bắt buộc")).isEqualTo(7);

        long hotspotCells = 0;
        for (PeriodReport.HotspotBalance h : REPORT.hotspots()) {
            String kind = ReportTerms.label(ReportTerms.HotspotKind.class, h.kind());
            for (var part : List.of(Map.entry(ReportWording.LICENSED, h.licensedBusiness()),
                    Map.entry(ReportWording.ELSEWHERE, h.elsewhere()))) {
                PeriodReport.Balance b = part.getValue();
                assertThat(number(PeriodReportXlsx.HOTSPOTS, kind, part.getKey(), "Đầu kỳ", "")).isEqualTo(b.baseline());
                assertThat(number(PeriodReportXlsx.HOTSPOTS, kind, part.getKey(), "Bổ sung", "")).isEqualTo(b.added());
                assertThat(number(PeriodReportXlsx.HOTSPOTS, kind, part.getKey(), "Thanh loại", ""))
                        .isEqualTo(b.removed());
                assertThat(number(PeriodReportXlsx.HOTSPOTS, kind, part.getKey(), "Hiện còn", "")).isEqualTo(b.current());
                hotspotCells += 4 + b.addedByReason().size() + b.removedByReason().size();
            }
            assertThat(number(PeriodReportXlsx.HOTSPOTS, kind, "Tổng", "Hiện còn", "")).isEqualTo(h.current());
            assertThat(number(PeriodReportXlsx.HOTSPOTS, kind, "Tổng", "Đang theo dõi chống tái hoạt động", ""))
                    .isEqualTo(h.watched());
            assertThat(number(PeriodReportXlsx.HOTSPOTS, kind, "Tổng", "Hoạt động trên không gian mạng", ""))
                    .isEqualTo(h.onCyberspace());
            hotspotCells += 3;
        }
        assertThat(numericCells(PeriodReportXlsx.HOTSPOTS)).isEqualTo(hotspotCells);
        assertThat(number(PeriodReportXlsx.HOTSPOTS, "Điểm có nguy cơ phức tạp về ma túy", ReportWording.LICENSED,
                "Thanh loại", "Đẩy lên điểm phức tạp về ma túy")).isEqualTo(1);
        assertThat(number(PeriodReportXlsx.HOTSPOTS, "Đối tượng bán lẻ trái phép chất ma túy", ReportWording.ELSEWHERE,
                "Thanh loại", "Thanh loại: đối tượng đã chết")).isEqualTo(1);

        assertThat(number(PeriodReportXlsx.ARRESTS, "Số vụ bắt giữ", "")).isEqualTo(4);
        assertThat(number(PeriodReportXlsx.ARRESTS, "Số đối tượng", "")).isEqualTo(4);
        assertThat(number(PeriodReportXlsx.ARRESTS, "Đối tượng theo hành vi", "Mua bán trái phép chất ma túy"))
                .isEqualTo(2);
        assertThat(number(PeriodReportXlsx.ARRESTS, "Đối tượng trú tại tỉnh khác", "")).isEqualTo(3);
        assertThat(number(PeriodReportXlsx.ARRESTS, "Tiền thu giữ", "")).isEqualTo(4_500_000);
        assertThat(number(PeriodReportXlsx.ARRESTS, "Khởi tố", "Số bị can")).isEqualTo(2);
        assertThat(number(PeriodReportXlsx.ARRESTS, "Người trong diện quản lý bị bắt giữ", "")).isEqualTo(2);
        for (var g : REPORT.arrests().seizedGrams().entrySet()) {
            Cell cell = lines(PeriodReportXlsx.ARRESTS).stream().filter(l -> l.texts().equals(List.of(
                    "Ma túy thu giữ", ReportTerms.label(ReportTerms.Substance.class, g.getKey())))).findFirst()
                    .orElseThrow().numbers().getFirst();
            assertThat(cell.getNumericCellValue()).isEqualTo(Double.parseDouble(g.getValue()));
            assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("0.000");
        }
        assertThat(number(PeriodReportXlsx.ARRESTS, "Ma túy thu giữ", "Ketamine (ke)")).isEqualTo(11.357);

        for (PeriodReport.SurveillanceBalance s : REPORT.surveillance()) {
            String kind = ReportTerms.label(ReportTerms.SurveillanceKind.class, s.kind());
            assertThat(number(PeriodReportXlsx.SURVEILLANCE, kind, "Tổng", "Cuối kỳ", "")).isEqualTo(s.balance().current());
            s.byCategory().forEach((c, b) -> {
                assertThat(number(PeriodReportXlsx.SURVEILLANCE, kind, c, "Đầu kỳ", "")).isEqualTo(b.baseline());
                assertThat(number(PeriodReportXlsx.SURVEILLANCE, kind, c, "Cuối kỳ", "")).isEqualTo(b.current());
            });
            s.bySystem().forEach((h, n) -> assertThat(number(PeriodReportXlsx.SURVEILLANCE, kind, "",
                    "Cuối kỳ theo hệ", h)).isEqualTo((double) n));
        }
        assertThat(number(PeriodReportXlsx.SURVEILLANCE, "Đối tượng sưu tra", "Tổng", "Tăng", "Xây dựng mới"))
                .isEqualTo(14);
    }

    @Test
    void aNativeLineChartHasOneSeriesPerListAndOnePointPerMonthEnd() {
        XSSFSheet sheet = workbook.getSheet(PeriodReportXlsx.CHART);
        List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(1);
        List<XDDFChartData> data = charts.getFirst().getChartSeries();
        assertThat(data).hasSize(1);
        MonthlySeries series = SampleExport.series();
        List<String> lists = List.copyOf(series.stocks().keySet());
        assertThat(data.getFirst().getSeriesCount()).isEqualTo(lists.size());
        for (int i = 0; i < lists.size(); i++) {
            XDDFChartData.Series line = data.getFirst().getSeries(i);
            assertThat(((XDDFLineChartData.Series) line).getCTLineSer().getTx().getStrRef().getStrCache().getPtArray(0)
                    .getV()).isEqualTo(list(lists.get(i)));
            assertThat(line.getCategoryData().getPointCount()).isEqualTo(3);
            assertThat(line.getValuesData().getPointCount()).isEqualTo(3);
            for (int p = 0; p < 3; p++) {
                assertThat(line.getValuesData().getPointAt(p).longValue()).isEqualTo(series.stocks().get(lists.get(i))
                        .get(p));
            }
            assertThat(line.getCategoryData().getPointAt(2)).isEqualTo("07/12/2024");
            // the cells the chart reads hold the same numbers
            assertThat(sheet.getRow(3).getCell(i + 1).getNumericCellValue()).isEqualTo(
                    (double) series.stocks().get(lists.get(i)).getLast());
        }
        assertThat(charts.getFirst().getTitleText().getString()).isEqualTo(ReportWording.CHART_TITLE);
    }

    @Test
    void aNameThatLooksLikeAFormulaStaysTextAndIsNeverEvaluated() {
        Sheet people = workbook.getSheet(PeriodReportXlsx.PEOPLE);
        Cell injected = null;
        Cell plain = null;
        for (Row row : people) {
            Cell name = row.getCell(1);
            if (name != null && SampleExport.INJECTION.equals(name.getStringCellValue())) {
                injected = name;
            }
            if (name != null && "Hà Văn Thử".equals(name.getStringCellValue())) {
                plain = name;
                assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(1988);
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Người nghiện ma túy");
            }
        }
        assertThat(injected).as("the name, unchanged").isNotNull();
        assertThat(injected.getCellType()).isEqualTo(CellType.STRING);
        assertThat(injected.getCellStyle().getQuotePrefixed()).isTrue();
        assertThat(plain).isNotNull();
        assertThat(plain.getCellStyle().getQuotePrefixed()).isFalse();
        // any text, not only names: a reason code starting with '-'
        Cell legacy = lines(PeriodReportXlsx.LISTS).stream().flatMap(l -> java.util.stream.Stream.of(
                workbook.getSheet(PeriodReportXlsx.LISTS).getRow(lines(PeriodReportXlsx.LISTS).indexOf(l))))
                .map(r -> r.getCell(2)).filter(c -> c != null && "-LEGACY".equals(c.getStringCellValue()))
                .findFirst().orElseThrow();
        assertThat(legacy.getCellStyle().getQuotePrefixed()).isTrue();
        // no formula anywhere in the workbook
        workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell ->
                assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
                        .isNotEqualTo(CellType.FORMULA))));
        assertThat(PeriodReportXlsx.formulaLike("+1")).isTrue();
        assertThat(PeriodReportXlsx.formulaLike("@SUM(A1)")).isTrue();
        assertThat(PeriodReportXlsx.formulaLike("\tx")).isTrue();
        assertThat(PeriodReportXlsx.formulaLike("\rx")).isTrue();
        assertThat(PeriodReportXlsx.formulaLike("Lò Thị Mẫu")).isFalse();
    }
}
