package vn.drugctl.reporting.periodreport.infrastructure.office;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.drugctl.reporting.periodreport.application.MonthlySeries;
import vn.drugctl.reporting.periodreport.application.PeriodReport;
import vn.drugctl.reporting.periodreport.application.PeriodReportExport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static vn.drugctl.reporting.periodreport.infrastructure.office.ReportWording.date;

/**
 * The period report as an Excel workbook (XSSF): a cover sheet (unit, period, when it was made, the lists' balances),
 * one sheet per section of the report, the name lists, and a native line chart of each list's stock at the end of
 * each month. Every sheet is a flat table (a row per number, the number in the last column, stored as a numeric cell:
 * counts as whole numbers, grams with 3 decimals, the positive rate with 1), so it can be filtered and summed as it
 * is. Codes are shown with their Vietnamese label ({@code ReportTerms}); an unknown code as the code.
 *
 * <p><b>Formula injection.</b> Text comes from users (names above all). A text cell whose text starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is written with a quote-prefixed style: Excel and
 * LibreOffice show it as typed and never evaluate it, even after the cell is edited. The text itself is unchanged. The
 * workbook holds no formula at all.
 */
public final class PeriodReportXlsx {
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final String COVER = "Tổng hợp";
    static final String LISTS = "Danh sách";
    static final String MOVES = "Chuyển diện";
    static final String DRUG_TESTS = "Test ma túy";
    static final String SANCTIONS = "Xử phạt VPHC";
    static final String REHAB = "Cai nghiện bắt buộc";
    static final String HOTSPOTS = "Điểm, tụ điểm";
    static final String ARRESTS = "Kết quả đấu tranh";
    static final String SURVEILLANCE = "Sưu tra, hiềm nghi";
    static final String PEOPLE = "Danh sách người";
    static final String CHART = "Biểu đồ";

    private PeriodReportXlsx() {
    }

    public static byte[] write(PeriodReportExport export) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new Writer(workbook, export).write();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the workbook could not be written", e);
        }
    }

    /** Whether Excel could read {@code text} as the start of a formula (OWASP's CSV injection characters). */
    static boolean formulaLike(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    private static final class Writer {
        final XSSFWorkbook workbook;
        final PeriodReportExport export;
        final PeriodReport report;
        final CellStyle header;
        final CellStyle title;
        final CellStyle text;
        final CellStyle quoted;
        final CellStyle count;
        final CellStyle grams;
        final CellStyle percent;
        final CellStyle money;
        final CellStyle day;
        final CellStyle dayTime;

        Writer(XSSFWorkbook workbook, PeriodReportExport export) {
            this.workbook = workbook;
            this.export = export;
            this.report = export.report();
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            var formats = workbook.createDataFormat();
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            title = workbook.createCellStyle();
            title.setFont(big);
            text = workbook.createCellStyle();
            quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
            count = workbook.createCellStyle();
            count.setDataFormat(formats.getFormat("#,##0"));
            grams = workbook.createCellStyle();
            grams.setDataFormat(formats.getFormat("0.000"));
            percent = workbook.createCellStyle();
            percent.setDataFormat(formats.getFormat("0.0"));
            money = workbook.createCellStyle();
            money.setDataFormat(formats.getFormat("#,##0"));
            day = workbook.createCellStyle();
            day.setDataFormat(formats.getFormat("dd/mm/yyyy"));
            dayTime = workbook.createCellStyle();
            dayTime.setDataFormat(formats.getFormat("dd/mm/yyyy hh:mm"));
        }

        void write() {
            cover();
            lists();
            moves();
            drugTests();
            sanctions();
            rehab();
            hotspots();
            arrests();
            surveillance();
            people();
            chart();
        }

        // ------------------------------------------------------------------ sheets

        void cover() {
            Table t = new Table(COVER, 60, 16, 16, 16, 16);
            t.row().title(ReportWording.TITLE);
            t.row().text(ReportWording.SUBJECT);
            t.row();
            t.row().text("Đơn vị").text(report.unitName());
            t.row().text("Mã đơn vị").text(report.unitCode());
            t.row().text("Từ ngày").day(report.from());
            t.row().text("Đến ngày").day(report.to());
            t.row().text("Lập lúc").at(export.generatedAt());
            t.row().text("Nguồn số liệu").text("Tính tự động từ hồ sơ trên hệ thống (không nhập tay)");
            t.row();
            t.row().header("Diện quản lý", "Đầu kỳ (trước " + date(report.from()) + ")", "Tăng trong kỳ",
                    "Giảm trong kỳ", "Cuối kỳ (đến " + date(report.to()) + ")");
            for (PeriodReport.ListBalance l : report.lists()) {
                PeriodReport.Balance b = l.balance();
                t.row().text(ReportWording.list(l.list())).count(b.baseline()).count(b.added()).count(b.removed())
                        .count(b.current());
            }
            t.row();
            t.row().header("Điểm, tụ điểm, đối tượng bán lẻ", "Đầu kỳ", "Bổ sung", "Thanh loại", "Hiện còn");
            for (PeriodReport.HotspotBalance h : report.hotspots()) {
                PeriodReport.Balance a = h.licensedBusiness();
                PeriodReport.Balance b = h.elsewhere();
                t.row().text(ReportWording.hotspotKind(h.kind())).count(a.baseline() + b.baseline())
                        .count(a.added() + b.added()).count(a.removed() + b.removed()).count(h.current());
            }
        }

        void lists() {
            Table t = new Table(LISTS, 44, 26, 44, 12);
            t.row().header("Diện quản lý", "Mục", "Chi tiết", "Số người");
            for (PeriodReport.ListBalance l : report.lists()) {
                String list = ReportWording.list(l.list());
                PeriodReport.Balance b = l.balance();
                balanceRows(t, List.of(list), b, ReportWording::listReason);
                l.breakdown().forEach((dimension, values) -> values.forEach((value, n) -> t.row().text(list)
                        .text("Cơ cấu cuối kỳ: " + ReportWording.dimension(dimension))
                        .text(ReportWording.dimensionValue(dimension, value)).count(n)));
            }
        }

        void moves() {
            Table t = new Table(MOVES, 44, 44, 12);
            t.row().header("Từ diện", "Sang diện", "Số người");
            for (PeriodReport.Move m : report.moves()) {
                t.row().text(ReportWording.list(m.fromList())).text(ReportWording.list(m.toList())).count(m.people());
            }
        }

        void drugTests() {
            Table t = new Table(DRUG_TESTS, 50, 14);
            t.row().header("Chỉ tiêu", "Số lượng");
            PeriodReport.DrugTests d = report.drugTests();
            t.row().text("Số lượt test").count(d.tested());
            t.row().text("Số lượt dương tính với ma túy").count(d.positive());
            Row rate = t.row().text("Tỷ lệ dương tính (%)");
            if (d.positiveRatePercent() != null) {
                rate.number(d.positiveRatePercent(), percent);
            } else {
                rate.text("Không có lượt test");
            }
            t.row().text("Số lượt triệu tập không test").count(d.notTested());
            t.row().text("Số người được test").count(d.peopleTested());
            t.row().text("Số người dương tính với ma túy").count(d.peoplePositive());
            Row peopleRate = t.row().text("Tỷ lệ người dương tính (%)");
            if (d.peoplePositiveRatePercent() != null) {
                peopleRate.number(d.peoplePositiveRatePercent(), percent);
            } else {
                peopleRate.text("Không có người được test");
            }
        }

        void sanctions() {
            Table t = new Table(SANCTIONS, 50, 44, 14);
            t.row().header("Chỉ tiêu", "Lý do", "Số trường hợp");
            t.row().text("Đã ra quyết định xử phạt vi phạm hành chính").text("").count(report.sanctions().issued());
            report.sanctions().notIssuedByReason().forEach((reason, n) -> t.row()
                    .text("Không ra quyết định xử phạt").text(ReportWording.sanctionNotIssued(reason)).count(n));
        }

        void rehab() {
            Table t = new Table(REHAB, 50, 14);
            t.row().header("Giai đoạn hồ sơ đưa đi cai nghiện bắt buộc", "Số hồ sơ");
            report.rehabStages().forEach((stage, n) -> t.row().text(ReportWording.rehabStage(stage)).count(n));
        }

        void hotspots() {
            Table t = new Table(HOTSPOTS, 40, 46, 14, 40, 12);
            t.row().header("Loại", "Cơ sở kinh doanh", "Mục", "Chi tiết", "Số lượng");
            for (PeriodReport.HotspotBalance h : report.hotspots()) {
                String kind = ReportWording.hotspotKind(h.kind());
                for (var part : List.of(Map.entry(ReportWording.LICENSED, h.licensedBusiness()),
                        Map.entry(ReportWording.ELSEWHERE, h.elsewhere()))) {
                    PeriodReport.Balance b = part.getValue();
                    t.row().text(kind).text(part.getKey()).text("Đầu kỳ").text("").count(b.baseline());
                    t.row().text(kind).text(part.getKey()).text("Bổ sung").text("").count(b.added());
                    b.addedByReason().forEach((reason, n) -> t.row().text(kind).text(part.getKey()).text("Bổ sung")
                            .text(ReportWording.hotspotReason(reason)).count(n));
                    t.row().text(kind).text(part.getKey()).text("Thanh loại").text("").count(b.removed());
                    b.removedByReason().forEach((reason, n) -> t.row().text(kind).text(part.getKey())
                            .text("Thanh loại").text(ReportWording.hotspotReason(reason)).count(n));
                    t.row().text(kind).text(part.getKey()).text("Hiện còn").text("").count(b.current());
                }
                t.row().text(kind).text("Tổng").text("Hiện còn").text("").count(h.current());
                t.row().text(kind).text("Tổng").text("Đang theo dõi chống tái hoạt động").text("").count(h.watched());
                t.row().text(kind).text("Tổng").text("Hoạt động trên không gian mạng").text("").count(h.onCyberspace());
            }
        }

        void arrests() {
            Table t = new Table(ARRESTS, 50, 44, 16, 10);
            t.row().header("Chỉ tiêu", "Chi tiết", "Số lượng", "Đơn vị tính");
            PeriodReport.Arrests a = report.arrests();
            t.row().text("Số vụ bắt giữ").text("").count(a.incidents()).text("vụ");
            t.row().text("Số đối tượng").text("").count(a.suspects()).text("đối tượng");
            a.suspectsByAct().forEach((act, n) -> t.row().text("Đối tượng theo hành vi").text(ReportWording.act(act))
                    .count(n).text("đối tượng"));
            t.row().text("Đối tượng trú tại tỉnh khác").text("").count(a.suspectsOfOtherProvinces()).text("đối tượng");
            a.seizedGrams().forEach((substance, g) -> t.row().text("Ma túy thu giữ")
                    .text(ReportWording.substance(substance)).number(ReportWording.grams(g).doubleValue(), grams)
                    .text("gam"));
            t.row().text("Tiền thu giữ").text("").number(a.moneyVnd(), money).text("đồng");
            t.row().text("Phương tiện thu giữ").text("").count(a.vehicles()).text("chiếc");
            t.row().text("Điện thoại thu giữ").text("").count(a.phones()).text("chiếc");
            t.row().text("Khởi tố").text("Số vụ").count(a.prosecutedIncidents()).text("vụ");
            t.row().text("Khởi tố").text("Số bị can").count(a.prosecutedDefendants()).text("bị can");
            t.row().text("Xử lý hành chính").text("Số vụ").count(a.administrativeIncidents()).text("vụ");
            t.row().text("Người trong diện quản lý bị bắt giữ").text("").count(report.arrestsOfRegistryPersons())
                    .text("lượt");
        }

        void surveillance() {
            Table t = new Table(SURVEILLANCE, 40, 12, 24, 36, 12);
            t.row().header("Loại", "Danh mục", "Mục", "Chi tiết", "Số lượng");
            for (PeriodReport.SurveillanceBalance s : report.surveillance()) {
                String kind = ReportWording.surveillanceKind(s.kind());
                balanceRows(t, List.of(kind, "Tổng"), s.balance(), ReportWording::surveillanceReason);
                s.byCategory().forEach((category, b) -> balanceRows(t, List.of(kind, category), b,
                        ReportWording::surveillanceReason));
                s.bySystem().forEach((system, n) -> t.row().text(kind).text("").text("Cuối kỳ theo hệ")
                        .text(system).count(n));
                s.byClass().forEach((cls, n) -> t.row().text(kind).text("").text("Cuối kỳ theo loại")
                        .text("Loại " + cls).count(n));
            }
        }

        void people() {
            Table t = new Table(PEOPLE, 8, 34, 10, 44, 30);
            t.row().title("Người trong diện quản lý đến ngày " + date(report.to()));
            t.row().header("STT", "Họ và tên", "Năm sinh", "Diện quản lý", "Đơn vị quản lý");
            int n = 0;
            for (List<PeriodReportExport.ListedPerson> people : export.people().values()) {
                for (PeriodReportExport.ListedPerson p : people) {
                    Row row = t.row().count(++n).text(p.fullName());
                    if (p.birthYear() != null) {
                        row.count(p.birthYear());
                    } else {
                        row.text("");
                    }
                    row.text(ReportWording.list(p.list())).text(p.unitName());
                }
            }
        }

        void chart() {
            MonthlySeries series = export.series();
            List<String> lists = List.copyOf(series.stocks().keySet());
            Table t = new Table(CHART, 14, 16, 16, 16, 16, 16);
            Row head = t.row().header("Cuối tháng");
            lists.forEach(l -> head.header(ReportWording.list(l)));
            int points = series.monthEnds().size();
            for (int i = 0; i < points; i++) {
                Row row = t.row().text(date(series.monthEnds().get(i)));
                for (String l : lists) {
                    row.count(series.stocks().get(l).get(i));
                }
            }
            XSSFSheet sheet = t.sheet;
            XSSFDrawing drawing = sheet.createDrawingPatriarch();
            XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, points + 2, 9, points + 24);
            XSSFChart chart = drawing.createChart(anchor);
            chart.setTitleText(ReportWording.CHART_TITLE);
            chart.setTitleOverlay(false);
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
            XDDFCategoryAxis months = chart.createCategoryAxis(AxisPosition.BOTTOM);
            months.setTitle("Cuối tháng");
            XDDFValueAxis people = chart.createValueAxis(AxisPosition.LEFT);
            people.setTitle("Số người");
            people.setCrosses(AxisCrosses.AUTO_ZERO);
            XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, months, people);
            XDDFCategoryDataSource dates = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                    new CellRangeAddress(1, points, 0, 0));
            for (int i = 0; i < lists.size(); i++) {
                var line = (XDDFLineChartData.Series) data.addSeries(dates,
                        XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(1, points, i + 1, i + 1)));
                line.setTitle(ReportWording.list(lists.get(i)), new CellReference(sheet.getSheetName(), 0, i + 1,
                        true, true));
                line.setSmooth(false);
                line.setMarkerStyle(MarkerStyle.CIRCLE);
            }
            chart.plot(data);
        }

        // ------------------------------------------------------------------ rows

        /** A balance's rows: the {@code head} texts, then "Đầu kỳ", "Tăng" (by reason), "Giảm" (by reason), "Cuối kỳ". */
        void balanceRows(Table t, List<String> head, PeriodReport.Balance b,
                         java.util.function.Function<String, String> reason) {
            balanceRow(t, head, "Đầu kỳ", "", b.baseline());
            balanceRow(t, head, "Tăng", "", b.added());
            b.addedByReason().forEach((r, n) -> balanceRow(t, head, "Tăng", reason.apply(r), n));
            balanceRow(t, head, "Giảm", "", b.removed());
            b.removedByReason().forEach((r, n) -> balanceRow(t, head, "Giảm", reason.apply(r), n));
            balanceRow(t, head, "Cuối kỳ", "", b.current());
        }

        void balanceRow(Table t, List<String> head, String part, String detail, long n) {
            Row row = t.row();
            head.forEach(row::text);
            row.text(part).text(detail).count(n);
        }

        /** A sheet filled row after row. */
        final class Table {
            final XSSFSheet sheet;
            int next;

            Table(String name, int... widths) {
                sheet = workbook.createSheet(name);
                for (int i = 0; i < widths.length; i++) {
                    sheet.setColumnWidth(i, widths[i] * 256);
                }
            }

            Row row() {
                return new Row(sheet.createRow(next++));
            }
        }

        /** One row, filled cell after cell. */
        final class Row {
            final XSSFRow row;
            int column;

            Row(XSSFRow row) {
                this.row = row;
            }

            XSSFCell cell() {
                return row.createCell(column++);
            }

            Row text(String value) {
                String v = value == null ? "" : value;
                XSSFCell cell = cell();
                cell.setCellValue(v);
                cell.setCellStyle(formulaLike(v) ? quoted : text);
                return this;
            }

            Row header(String... values) {
                for (String v : values) {
                    XSSFCell cell = cell();
                    cell.setCellValue(v);
                    cell.setCellStyle(header);
                }
                return this;
            }

            Row title(String value) {
                XSSFCell cell = cell();
                cell.setCellValue(value);
                cell.setCellStyle(title);
                return this;
            }

            Row count(long value) {
                return number(value, count);
            }

            Row number(double value, CellStyle style) {
                XSSFCell cell = cell();
                cell.setCellValue(value);
                cell.setCellStyle(style);
                return this;
            }

            Row day(LocalDate value) {
                XSSFCell cell = cell();
                cell.setCellValue(value);
                cell.setCellStyle(day);
                return this;
            }

            Row at(LocalDateTime value) {
                XSSFCell cell = cell();
                cell.setCellValue(value);
                cell.setCellStyle(dayTime);
                return this;
            }
        }
    }
}
