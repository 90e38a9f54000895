package vn.drugctl.reporting.periodreport.infrastructure.office;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
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
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.drugctl.reporting.periodreport.application.MonthlySeries;
import vn.drugctl.reporting.periodreport.application.PeriodReport;
import vn.drugctl.reporting.periodreport.application.PeriodReportExport;
import vn.drugctl.reporting.periodreport.domain.ReportTerms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static vn.drugctl.reporting.periodreport.infrastructure.office.ReportWording.date;

/**
 * The period report as a Word document (XWPF) in the shape of seed 001's outline, sections II.2 (the review of people:
 * each list's balance, its people's breakdown, tests, sanctions, rehab dossiers; the hotspots' count) and II.4 (the
 * hotspots dealt with, the arrests, what remains), in the sentence style of the seeds' filled-in reports ("Trước ngày
 * 15/10/2024: có 91 người. Bổ sung 37 người (…)"), with a native line chart of the lists at each month's end and the
 * name list of each list at {@code to}. Every number is the report's; nothing is typed. Names are written as text
 * runs (never fields), so a name that looks like a formula stays text.
 */
public final class PeriodReportDocx {
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private PeriodReportDocx() {
    }

    public static byte[] write(PeriodReportExport export) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new Writer(document, export).write();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the document could not be written", e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("the chart could not be added", e);
        }
    }

    /** "tăng 3 người", "giảm 2 người", "không thay đổi": the change from {@code before} to {@code after}. */
    static String change(long before, long after, String unit) {
        long d = after - before;
        return d > 0 ? "tăng " + d + " " + unit : d < 0 ? "giảm " + (-d) + " " + unit : "không thay đổi";
    }

    /** "15 xác định tình trạng nghiện; 22 chuyển từ diện khác sang", or "" for no parts. */
    static String parts(Map<String, Long> byCode, Function<String, String> label) {
        List<String> parts = new ArrayList<>();
        byCode.forEach((code, n) -> parts.add(n + " " + lowerFirst(label.apply(code))));
        return String.join("; ", parts);
    }

    /** A rehab stage's place in the dossier's course; unknown stages last. */
    static int stageOrder(String stage) {
        for (ReportTerms.RehabStage s : ReportTerms.RehabStage.values()) {
            if (s.code().equals(stage)) {
                return s.ordinal();
            }
        }
        return Integer.MAX_VALUE;
    }

    /** "lập hồ sơ đưa đi cai nghiện bắt buộc: 2; tòa án quyết định: 1". */
    static String labelled(Map<String, Long> byCode, Function<String, String> label) {
        List<String> parts = new ArrayList<>();
        byCode.forEach((code, n) -> parts.add(lowerFirst(label.apply(code)) + ": " + n));
        return String.join("; ", parts);
    }

    /** A label inside a sentence: "Heroin" → "heroin"; a code or an acronym ("NEW_REASON", "MDMA") stays. */
    static String lowerFirst(String label) {
        return label.length() < 2 || !Character.isLowerCase(label.charAt(1)) ? label
                : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    /** People with a record of that kind: all but those with none (each person has DRUG, OTHER, both or NONE). */
    static long withRecord(Map<String, Long> byValue, long people) {
        return byValue.isEmpty() ? 0 : people - byValue.getOrDefault("NONE", 0L);
    }

    private static final class Writer {
        final XWPFDocument doc;
        final PeriodReportExport export;
        final PeriodReport report;
        final String before;
        final String until;

        Writer(XWPFDocument doc, PeriodReportExport export) {
            this.doc = doc;
            this.export = export;
            this.report = export.report();
            this.before = date(report.from());
            this.until = date(report.to());
        }

        void write() throws IOException, InvalidFormatException {
            heading();
            sectionTwo();
            sectionFour();
        }

        void heading() {
            centered(true, 12, report.unitName().toUpperCase(java.util.Locale.forLanguageTag("vi")));
            centered(true, 14, ReportWording.TITLE);
            centered(true, 12, ReportWording.SUBJECT);
            centered(false, 12, "Kỳ báo cáo: từ ngày " + before + " đến ngày " + until);
            XWPFParagraph p = doc.createParagraph();
            XWPFRun r = p.createRun();
            r.setItalic(true);
            r.setText("Số liệu tính tự động từ hồ sơ trên hệ thống của " + report.unitName() + " (mã "
                    + report.unitCode() + ") lúc " + ReportWording.dateTime(export.generatedAt()) + ".");
        }

        // ------------------------------------------------------------------ II.2

        void sectionTwo() throws IOException, InvalidFormatException {
            heading("II. KẾT QUẢ CÁC MẶT CÔNG TÁC");
            heading("2. Công tác rà soát, phát hiện, thống kê");
            heading("2.1. Kết quả rà soát, phát hiện, thống kê người sử dụng trái phép chất ma túy, người nghiện ma "
                    + "túy và người bị quản lý sau cai nghiện ma túy");
            long methadone = 0;
            for (PeriodReport.ListBalance l : report.lists()) {
                person(l);
                methadone += l.breakdown().getOrDefault("methadone", Map.of()).getOrDefault("YES", 0L);
            }
            text("- Số người tham gia điều trị các chất dạng thuốc phiện bằng thuốc thay thế (methadone) đến ngày "
                    + until + ": " + methadone + " người.");
            if (!report.moves().isEmpty()) {
                List<String> moves = new ArrayList<>();
                report.moves().forEach(m -> moves.add(m.people() + " người từ diện "
                        + lowerFirst(ReportWording.list(m.fromList())) + " sang diện "
                        + lowerFirst(ReportWording.list(m.toList()))));
                text("- Chuyển diện trong kỳ: " + String.join("; ", moves) + ".");
            }
            PeriodReport.DrugTests t = report.drugTests();
            text("- Kết quả triệu tập đối tượng lên test: Tổng số lượt test là " + t.tested() + " lượt. Trong đó có "
                    + t.positive() + " lượt dương tính với ma túy"
                    + (t.positiveRatePercent() == null ? "." : ". Đạt tỷ lệ: "
                    + ReportWording.decimal(BigDecimal.valueOf(t.positiveRatePercent())) + "%.")
                    + " Số lượt triệu tập không test: " + t.notTested() + " lượt. Số người được test: "
                    + t.peopleTested() + " người, trong đó " + t.peoplePositive() + " người dương tính"
                    + (t.peoplePositiveRatePercent() == null ? "." : " (tỷ lệ "
                    + ReportWording.decimal(BigDecimal.valueOf(t.peoplePositiveRatePercent())) + "%)."));
            PeriodReport.Sanctions s = report.sanctions();
            long notIssued = ReportWording.sum(s.notIssuedByReason());
            text("- Kết quả ra quyết định xử phạt vi phạm hành chính: Đã ra " + s.issued() + " quyết định xử phạt vi "
                    + "phạm hành chính." + (notIssued == 0 ? "" : " Còn " + notIssued + " trường hợp không ra quyết "
                    + "định xử phạt vi phạm hành chính (nguyên nhân: " + parts(s.notIssuedByReason(),
                    ReportWording::sanctionNotIssued) + ")."));
            Map<String, Long> stages = new TreeMap<>(Comparator.comparingInt(PeriodReportDocx::stageOrder)
                    .thenComparing(Comparator.naturalOrder()));
            stages.putAll(report.rehabStages());
            text("- Công tác lập hồ sơ đưa người đi cai nghiện bắt buộc trong kỳ (số hồ sơ): "
                    + (stages.isEmpty() ? "không có." : labelled(stages, ReportWording::rehabStage) + "."));
            chart();
            nameLists();

            heading("2.2. Kết quả rà soát, phát hiện, thống kê điểm, tụ điểm phức tạp về ma túy");
            for (PeriodReport.HotspotBalance h : report.hotspots()) {
                hotspot(h.kind(), ReportWording.LICENSED, h.licensedBusiness());
                hotspot(h.kind(), ReportWording.ELSEWHERE, h.elsewhere());
            }
        }

        /** One list in the seeds' words. */
        void person(PeriodReport.ListBalance l) {
            String label = ReportWording.list(l.list());
            String lower = lowerFirst(label);
            PeriodReport.Balance b = l.balance();
            text("- Tổng số " + lower + ": " + b.current() + " người, " + change(b.baseline(), b.current(), "người")
                    + " so với trước ngày " + before + " (" + b.baseline() + " người).");
            StringBuilder flows = new StringBuilder("Trước ngày " + before + ": có " + b.baseline() + " người. Bổ sung "
                    + b.added() + " người");
            if (!b.addedByReason().isEmpty()) {
                flows.append(" (").append(parts(b.addedByReason(), ReportWording::listReason)).append(')');
            }
            flows.append(". Thanh loại ").append(b.removed()).append(" người");
            if (!b.removedByReason().isEmpty()) {
                flows.append(" (").append(parts(b.removedByReason(), ReportWording::listReason)).append(')');
            }
            flows.append(". Đến ngày ").append(until).append(" là ").append(b.current()).append(" người");
            Map<String, Long> location = l.breakdown().getOrDefault("location", Map.of());
            if (!location.isEmpty()) {
                List<String> where = new ArrayList<>();
                location.forEach((code, n) -> where.add(lowerFirst(ReportWording.dimensionValue("location", code))
                        + " " + n));
                flows.append(" (").append(String.join(", ", where)).append(')');
            }
            text("  " + flows + ".");
            if (b.current() == 0) {
                return;
            }
            Map<String, Long> age = l.breakdown().getOrDefault("ageBand", Map.of());
            Map<String, Long> convictions = l.breakdown().getOrDefault("priorConviction", Map.of());
            Map<String, Long> violations = l.breakdown().getOrDefault("priorViolation", Map.of());
            long surveillance = ReportWording.sum(l.breakdown().get("category"));
            long dossier = l.breakdown().getOrDefault("dossier", Map.of()).getOrDefault("OPEN", 0L);
            text("  Số " + lower + " dưới 30 tuổi: " + age.getOrDefault("UNDER_30", 0L) + "; từ 30 tuổi trở lên: "
                    + age.getOrDefault("30_AND_OVER", 0L) + ". Có " + withRecord(convictions, b.current())
                    + " người có tiền án (Các tội về ma túy: " + convictions.getOrDefault("DRUG", 0L)
                    + "; Các tội khác: " + convictions.getOrDefault("OTHER", 0L) + "). Có "
                    + withRecord(violations, b.current()) + " người có tiền sự (Các tiền sự về ma "
                    + "túy: " + violations.getOrDefault("DRUG", 0L) + "; Các tiền sự khác: "
                    + violations.getOrDefault("OTHER", 0L) + "). Số người trong diện sưu tra: " + surveillance
                    + ". Số người có hồ sơ quản lý: " + dossier + ".");
        }

        void hotspot(String kind, String where, PeriodReport.Balance b) {
            StringBuilder s = new StringBuilder("+ " + ReportWording.hotspotKind(kind) + " "
                    + lowerFirst(where) + ": Ngày " + before + ": " + b.baseline() + "; bổ sung: " + b.added());
            if (!b.addedByReason().isEmpty()) {
                s.append(" (").append(parts(b.addedByReason(), ReportWording::hotspotReason)).append(')');
            }
            s.append("; thanh loại: ").append(b.removed());
            if (!b.removedByReason().isEmpty()) {
                s.append(" (").append(parts(b.removedByReason(), ReportWording::hotspotReason)).append(')');
            }
            s.append("; hiện còn: ").append(b.current()).append('.');
            text(s.toString());
        }

        void chart() throws IOException, InvalidFormatException {
            MonthlySeries series = export.series();
            caption("Biểu đồ: " + lowerFirst(ReportWording.CHART_TITLE) + " (" + date(series.monthEnds().getFirst())
                    + " – " + date(series.monthEnds().getLast()) + ")");
            XWPFChart chart = doc.createChart(16 * Units.EMU_PER_CENTIMETER, 9 * Units.EMU_PER_CENTIMETER);
            chart.setTitleText(ReportWording.CHART_TITLE);
            chart.setTitleOverlay(false);
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
            XDDFCategoryAxis months = chart.createCategoryAxis(AxisPosition.BOTTOM);
            months.setTitle("Cuối tháng");
            XDDFValueAxis people = chart.createValueAxis(AxisPosition.LEFT);
            people.setTitle("Số người");
            people.setCrosses(AxisCrosses.AUTO_ZERO);
            XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, months, people);
            int points = series.monthEnds().size();
            String[] dates = series.monthEnds().stream().map(ReportWording::date).toArray(String[]::new);
            XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(dates,
                    chart.formatRange(new CellRangeAddress(1, points, 0, 0)), 0);
            List<String> lists = List.copyOf(series.stocks().keySet());
            for (int i = 0; i < lists.size(); i++) {
                Long[] values = series.stocks().get(lists.get(i)).toArray(Long[]::new);
                var line = (XDDFLineChartData.Series) data.addSeries(categories, XDDFDataSourcesFactory.fromArray(
                        values, chart.formatRange(new CellRangeAddress(1, points, i + 1, i + 1)), i + 1));
                String label = ReportWording.list(lists.get(i));
                line.setTitle(label, chart.setSheetTitle(label, i + 1));
                line.setSmooth(false);
                line.setMarkerStyle(MarkerStyle.CIRCLE);
            }
            chart.plot(data);
        }

        void nameLists() {
            heading("Danh sách kèm theo: người trong diện quản lý đến ngày " + until);
            for (Map.Entry<String, List<PeriodReportExport.ListedPerson>> e : export.people().entrySet()) {
                caption("Danh sách " + lowerFirst(ReportWording.list(e.getKey())) + " (" + e.getValue().size()
                        + " người)");
                if (e.getValue().isEmpty()) {
                    text("Không có.");
                    continue;
                }
                XWPFTable table = doc.createTable(1, 5);
                table.setWidth("100%");
                String[] head = {"STT", "Họ và tên", "Năm sinh", "Diện quản lý", "Đơn vị quản lý"};
                XWPFTableRow first = table.getRow(0);
                for (int i = 0; i < head.length; i++) {
                    XWPFRun r = first.getCell(i).getParagraphArray(0).createRun();
                    r.setBold(true);
                    r.setText(head[i]);
                }
                int n = 0;
                for (PeriodReportExport.ListedPerson p : e.getValue()) {
                    XWPFTableRow row = table.createRow();
                    cell(row, 0, Integer.toString(++n));
                    cell(row, 1, p.fullName());
                    cell(row, 2, p.birthYear() == null ? "" : p.birthYear().toString());
                    cell(row, 3, ReportWording.list(p.list()));
                    cell(row, 4, p.unitName());
                }
            }
        }

        // ------------------------------------------------------------------ II.4

        void sectionFour() {
            heading("4. Kết quả đấu tranh, giải quyết điểm, tụ điểm phức tạp về ma túy, điểm có nguy cơ phức tạp về ma "
                    + "túy, đối tượng bán lẻ trái phép chất ma túy");
            Map<String, Long> removed = new LinkedHashMap<>();
            long removedTotal = 0;
            for (PeriodReport.HotspotBalance h : report.hotspots()) {
                for (PeriodReport.Balance b : List.of(h.licensedBusiness(), h.elsewhere())) {
                    removedTotal += b.removed();
                    b.removedByReason().forEach((reason, n) -> removed.merge(reason, n, Long::sum));
                }
            }
            text("- Tổng số điểm, tụ điểm, điểm có nguy cơ phức tạp về ma túy, đối tượng bán lẻ trái phép chất ma túy "
                    + "được đấu tranh, giải quyết (thanh loại) trong kỳ: " + removedTotal
                    + (removed.isEmpty() ? "." : " (" + parts(removed, ReportWording::hotspotReason) + ")."));
            for (PeriodReport.HotspotBalance h : report.hotspots()) {
                long n = h.licensedBusiness().removed() + h.elsewhere().removed();
                if (n > 0) {
                    text("+ " + ReportWording.hotspotKind(h.kind()) + ": " + n + " (trong cơ sở kinh doanh có điều "
                            + "kiện về ANTT: " + h.licensedBusiness().removed() + "; không phải: "
                            + h.elsewhere().removed() + ").");
                }
            }
            PeriodReport.Arrests a = report.arrests();
            StringBuilder s = new StringBuilder("- Kết quả đấu tranh: Đã đấu tranh, phát hiện bắt giữ " + a.incidents()
                    + " vụ = " + a.suspects() + " đối tượng");
            if (!a.suspectsByAct().isEmpty()) {
                s.append(" (").append(parts(a.suspectsByAct(), ReportWording::act)).append(')');
            }
            s.append("; trong đó ").append(a.suspectsOfOtherProvinces()).append(" đối tượng trú tại tỉnh khác.");
            if (!a.seizedGrams().isEmpty()) {
                List<String> seized = new ArrayList<>();
                a.seizedGrams().forEach((substance, g) -> seized.add(ReportWording.decimal(ReportWording.grams(g))
                        + " g " + lowerFirst(ReportWording.substance(substance))));
                s.append(" Thu giữ: ").append(String.join("; ", seized)).append('.');
            }
            s.append(" Tiền thu giữ: ").append(String.format(java.util.Locale.forLanguageTag("vi"), "%,d",
                    a.moneyVnd())).append(" đồng; phương tiện: ").append(a.vehicles()).append("; điện thoại: ")
                    .append(a.phones()).append('.');
            s.append(" Đã khởi tố ").append(a.prosecutedIncidents()).append(" vụ / ").append(a.prosecutedDefendants())
                    .append(" bị can; xử lý hành chính ").append(a.administrativeIncidents()).append(" vụ.");
            s.append(" Người trong diện quản lý bị bắt giữ: ").append(report.arrestsOfRegistryPersons())
                    .append(" lượt.");
            text(s.toString());
            long current = 0;
            long watched = 0;
            long online = 0;
            Map<String, Long> byKind = new LinkedHashMap<>();
            for (PeriodReport.HotspotBalance h : report.hotspots()) {
                current += h.current();
                watched += h.watched();
                online += h.onCyberspace();
                byKind.put(h.kind(), h.current());
            }
            text("- Số điểm, tụ điểm phức tạp về ma túy, điểm có nguy cơ phức tạp về ma túy, đối tượng bán lẻ trái phép "
                    + "chất ma túy hiện còn (đến ngày " + until + "): " + current + " (" + parts(byKind,
                    ReportWording::hotspotKind) + "). Đang theo dõi chống tái hoạt động: " + watched
                    + "; hoạt động trên không gian mạng: " + online + ".");
        }

        // ------------------------------------------------------------------ paragraphs

        void centered(boolean bold, int size, String value) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun r = p.createRun();
            r.setBold(bold);
            r.setFontSize(size);
            r.setText(value);
        }

        void heading(String value) {
            XWPFParagraph p = doc.createParagraph();
            p.setSpacingBefore(120);
            XWPFRun r = p.createRun();
            r.setBold(true);
            r.setText(value);
        }

        void caption(String value) {
            XWPFParagraph p = doc.createParagraph();
            XWPFRun r = p.createRun();
            r.setItalic(true);
            r.setText(value);
        }

        void text(String value) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.BOTH);
            p.createRun().setText(value);
        }

        static void cell(XWPFTableRow row, int column, String value) {
            row.getCell(column).getParagraphArray(0).createRun().setText(value);
        }
    }
}
