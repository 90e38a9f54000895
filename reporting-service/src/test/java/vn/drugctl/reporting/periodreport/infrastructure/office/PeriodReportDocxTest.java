package vn.drugctl.reporting.periodreport.infrastructure.office;

import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.drugctl.reporting.periodreport.application.MonthlySeries;
import vn.drugctl.reporting.periodreport.application.PeriodReport;
import vn.drugctl.reporting.periodreport.domain.ReportTerms;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The document read back with POI: seed 001's sections, the seeds' sentences with the report's numbers, chart, names. */
class PeriodReportDocxTest {
    static final PeriodReport REPORT = SampleExport.report();
    static XWPFDocument document;
    static List<String> paragraphs;

    @BeforeAll
    static void write() throws IOException {
        document = new XWPFDocument(new ByteArrayInputStream(PeriodReportDocx.write(SampleExport.export())));
        paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    static String lower(String label) {
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    @Test
    void headingUnitPeriodAndTheOutlinesSectionsInOrder() {
        assertThat(paragraphs).startsWith("XÃ VŨ BẢN", "BÁO CÁO", ReportWording.SUBJECT,
                "Kỳ báo cáo: từ ngày 15/10/2024 đến ngày 07/12/2024");
        assertThat(paragraphs.get(4)).contains("Xã Vũ Bản (mã HN-BL-VUBAN) lúc 09:30 ngày 08/12/2024");
        assertThat(paragraphs).containsSubsequence("II. KẾT QUẢ CÁC MẶT CÔNG TÁC",
                "2. Công tác rà soát, phát hiện, thống kê",
                "2.1. Kết quả rà soát, phát hiện, thống kê người sử dụng trái phép chất ma túy, người nghiện ma túy và "
                        + "người bị quản lý sau cai nghiện ma túy",
                "2.2. Kết quả rà soát, phát hiện, thống kê điểm, tụ điểm phức tạp về ma túy",
                "4. Kết quả đấu tranh, giải quyết điểm, tụ điểm phức tạp về ma túy, điểm có nguy cơ phức tạp về ma túy, "
                        + "đối tượng bán lẻ trái phép chất ma túy");
    }

    @Test
    void eachListInTheSeedsSentencesWithTheReportsNumbers() {
        assertThat(paragraphs).contains(
                "- Tổng số người nghiện ma túy: 128 người, tăng 37 người so với trước ngày 15/10/2024 (91 người).",
                "  Trước ngày 15/10/2024: có 91 người. Bổ sung 37 người (15 xác định tình trạng nghiện; 22 tham gia "
                        + "điều trị). Thanh loại 0 người. Đến ngày 07/12/2024 là 128 người (ngoài cộng đồng 88, "
                        + "trong cơ sở cai nghiện bắt buộc 40).",
                "  Số người nghiện ma túy dưới 30 tuổi: 21; từ 30 tuổi trở lên: 107. Có 51 người có tiền án (Các tội "
                        + "về ma túy: 43; Các tội khác: 10). Có 11 người có tiền sự (Các tiền sự về ma túy: 10; Các "
                        + "tiền sự khác: 1). Số người trong diện sưu tra: 15. Số người có hồ sơ quản lý: 128.",
                "- Tổng số người nghi nghiện ma túy: 0 người, giảm 7 người so với trước ngày 15/10/2024 (7 người).",
                "  Trước ngày 15/10/2024: có 7 người. Bổ sung 8 người (8 chuyển từ diện khác sang). Thanh loại 15 người "
                        + "(2 trùng; 13 chuyển sang diện khác). Đến ngày 07/12/2024 là 0 người.",
                "  Trước ngày 15/10/2024: có 13 người. Bổ sung 0 người. Thanh loại 7 người (1 -LEGACY; 5 hết thời hạn "
                        + "quản lý; 1 NEW_REASON_X). Đến ngày 07/12/2024 là 6 người.",
                "  Số người sử dụng trái phép chất ma túy dưới 30 tuổi: 30; từ 30 tuổi trở lên: 46. Có 0 người có tiền "
                        + "án (Các tội về ma túy: 0; Các tội khác: 0). Có 0 người có tiền sự (Các tiền sự về ma túy: 0; "
                        + "Các tiền sự khác: 0). Số người trong diện sưu tra: 0. Số người có hồ sơ quản lý: 0.",
                "- Công tác lập hồ sơ đưa người đi cai nghiện bắt buộc trong kỳ (số hồ sơ): lập hồ sơ đưa đi cai nghiện "
                        + "bắt buộc: 16; đã đưa vào cơ sở cai nghiện bắt buộc: 7.",
                "- Số người tham gia điều trị các chất dạng thuốc phiện bằng thuốc thay thế (methadone) đến ngày "
                        + "07/12/2024: 70 người.",
                "- Chuyển diện trong kỳ: 13 người từ diện người sử dụng trái phép chất ma túy sang diện người nghi sử "
                        + "dụng trái phép chất ma túy; 79 người từ diện người nghi sử dụng trái phép chất ma túy sang "
                        + "diện người sử dụng trái phép chất ma túy.",
                "- Kết quả triệu tập đối tượng lên test: Tổng số lượt test là 532 lượt. Trong đó có 111 lượt dương tính "
                        + "với ma túy. Đạt tỷ lệ: 20,9%. Số lượt triệu tập không test: 4 lượt. Số người được test: 410 "
                        + "người, trong đó 97 người dương tính (tỷ lệ 23,7%).",
                "- Kết quả ra quyết định xử phạt vi phạm hành chính: Đã ra 30 quyết định xử phạt vi phạm hành chính. "
                        + "Còn 48 trường hợp không ra quyết định xử phạt vi phạm hành chính (nguyên nhân: 48 sử dụng "
                        + "trái phép chất ma túy tại tỉnh ngoài).");
        // every list's four numbers, whatever the list
        for (PeriodReport.ListBalance l : REPORT.lists()) {
            String label = lower(ReportTerms.label(ReportTerms.PersonList.class, l.list()));
            PeriodReport.Balance b = l.balance();
            assertThat(paragraphs).anySatisfy(p -> assertThat(p).startsWith("- Tổng số " + label + ": " + b.current()
                    + " người, "));
            assertThat(paragraphs).anySatisfy(p -> assertThat(p).startsWith("  Trước ngày 15/10/2024: có "
                    + b.baseline() + " người. Bổ sung " + b.added() + " người").contains(". Thanh loại " + b.removed()
                    + " người").contains("Đến ngày 07/12/2024 là " + b.current() + " người"));
        }
    }

    @Test
    void hotspotsArrestsAndWhatRemainsInSectionsTwoTwoAndFour() {
        assertThat(paragraphs).contains(
                "+ Điểm có nguy cơ phức tạp về ma túy trong cơ sở kinh doanh có điều kiện về ANTT: Ngày 15/10/2024: 14; "
                        + "bổ sung: 0; thanh loại: 2 (1 đẩy lên điểm phức tạp về ma túy; 1 vô hiệu hóa); hiện còn: 12.",
                "+ Đối tượng bán lẻ trái phép chất ma túy không phải cơ sở kinh doanh có điều kiện về ANTT: Ngày "
                        + "15/10/2024: 10; bổ sung: 3 (3 rà soát mới phát hiện); thanh loại: 1 (1 thanh loại: đối tượng "
                        + "đã chết); hiện còn: 12.",
                "- Tổng số điểm, tụ điểm, điểm có nguy cơ phức tạp về ma túy, đối tượng bán lẻ trái phép chất ma túy "
                        + "được đấu tranh, giải quyết (thanh loại) trong kỳ: 3 (1 đẩy lên điểm phức tạp về ma túy; 1 vô "
                        + "hiệu hóa; 1 thanh loại: đối tượng đã chết).",
                "- Số điểm, tụ điểm phức tạp về ma túy, điểm có nguy cơ phức tạp về ma túy, đối tượng bán lẻ trái phép "
                        + "chất ma túy hiện còn (đến ngày 07/12/2024): 26 (2 điểm phức tạp về ma túy; 0 tụ điểm phức tạp "
                        + "về ma túy; 12 điểm có nguy cơ phức tạp về ma túy; 12 đối tượng bán lẻ trái phép chất ma túy). "
                        + "Đang theo dõi chống tái hoạt động: 1; hoạt động trên không gian mạng: 2.");
        String arrests = paragraphs.stream().filter(p -> p.startsWith("- Kết quả đấu tranh:")).findFirst().orElseThrow();
        assertThat(arrests).startsWith("- Kết quả đấu tranh: Đã đấu tranh, phát hiện bắt giữ 4 vụ = 4 đối tượng")
                .contains("2 mua bán trái phép chất ma túy", "2 tàng trữ trái phép chất ma túy",
                        "trong đó 3 đối tượng trú tại tỉnh khác", "11,357 g ketamine (ke)", "0,200 g heroin",
                        "0,284 g ma túy đá (methamphetamine)", "Tiền thu giữ: 4.500.000 đồng",
                        "Đã khởi tố 2 vụ / 2 bị can; xử lý hành chính 2 vụ.",
                        "Người trong diện quản lý bị bắt giữ: 2 lượt.");
    }

    @Test
    void theChartHasOneSeriesPerListAndOnePointPerMonthEnd() throws Exception {
        List<XWPFChart> charts = document.getCharts();
        assertThat(charts).hasSize(1);
        List<XDDFChartData> data = charts.getFirst().getChartSeries();
        MonthlySeries series = SampleExport.series();
        List<String> lists = List.copyOf(series.stocks().keySet());
        assertThat(data.getFirst().getSeriesCount()).isEqualTo(lists.size());
        for (int i = 0; i < lists.size(); i++) {
            XDDFChartData.Series line = data.getFirst().getSeries(i);
            assertThat(line.getValuesData().getPointCount()).isEqualTo(3);
            for (int p = 0; p < 3; p++) {
                assertThat(line.getValuesData().getPointAt(p).longValue())
                        .isEqualTo(series.stocks().get(lists.get(i)).get(p));
            }
            assertThat(line.getCategoryData().getPointAt(0)).isEqualTo("31/10/2024");
        }
        // the chart's own workbook (what Word edits) holds the numbers too
        assertThat(charts.getFirst().getWorkbook().getSheetAt(0).getRow(3).getCell(1).getNumericCellValue())
                .isEqualTo(128);
    }

    @Test
    void nameListsPerListWithTheFormulaLikeNameAsPlainText() {
        List<XWPFTable> tables = document.getTables();
        assertThat(tables).hasSize(3); // ADDICT, ILLEGAL_USER, SUSPECTED_USER; the empty lists say "Không có."
        XWPFTable addicts = tables.getFirst();
        assertThat(addicts.getRow(0).getTableCells()).extracting(c -> c.getText())
                .containsExactly("STT", "Họ và tên", "Năm sinh", "Diện quản lý", "Đơn vị quản lý");
        List<List<String>> rows = addicts.getRows().stream().skip(1).map(XWPFTableRow::getTableCells)
                .map(cells -> cells.stream().map(c -> c.getText()).toList()).toList();
        assertThat(rows).containsExactly(
                List.of("1", SampleExport.INJECTION, "1990", "Người nghiện ma túy", "Xã Vũ Bản"),
                List.of("2", "Hà Văn Thử", "1988", "Người nghiện ma túy", "Xã Vũ Bản"));
        assertThat(tables.get(2).getRow(1).getCell(2).getText()).as("no birth year").isEmpty();
        assertThat(paragraphs).contains("Danh sách người nghiện ma túy (2 người)",
                "Danh sách người nghi nghiện ma túy (0 người)", "Không có.");
        // a text run, never a field Word would evaluate
        String xml = document.getDocument().xmlText();
        assertThat(xml).doesNotContain("instrText", "fldSimple", "fldChar");
    }
}
