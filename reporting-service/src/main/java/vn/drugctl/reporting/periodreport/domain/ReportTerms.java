package vn.drugctl.reporting.periodreport.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Vietnamese words of the period report's documents (DOMAIN.md, seeds 000–002), once: each code the report's
 * numbers carry (a list, a reason, a kind, a breakdown value) with the label an officer reads. A code not listed here
 * (a value the contracts add later) is shown as the code itself, never hidden.
 */
public final class ReportTerms {
    private ReportTerms() {
    }

    /** A code of the report with its Vietnamese label; the code is the constant's name unless the term says else. */
    public interface Term {
        default String code() {
            return ((Enum<?>) this).name();
        }

        String label();
    }

    /** The label of {@code code} among {@code terms}, or the code itself when it is not one of them. */
    public static <E extends Enum<E> & Term> String label(Class<E> terms, String code) {
        return find(terms, code).map(Term::label).orElse(code == null ? "" : code);
    }

    static <E extends Enum<E> & Term> Optional<E> find(Class<E> terms, String code) {
        return Arrays.stream(terms.getEnumConstants()).filter(t -> t.code().equals(code)).findFirst();
    }

    /** The main lists (diện quản lý). */
    public enum PersonList implements Term {
        ADDICT("Người nghiện ma túy"),
        ILLEGAL_USER("Người sử dụng trái phép chất ma túy"),
        SUSPECTED_ADDICT("Người nghi nghiện ma túy"),
        SUSPECTED_USER("Người nghi sử dụng trái phép chất ma túy"),
        POST_REHAB("Người bị quản lý sau cai nghiện ma túy");

        private final String label;

        PersonList(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** Why a person entered or left a list (the registry's reasons and those the report ledger adds). */
    public enum ListReason implements Term {
        NEWLY_FOUND_BY_REVIEW("Rà soát mới đưa vào"),
        MOVED_FROM_ANOTHER_LIST("Chuyển từ diện khác sang"),
        MOVED_TO_ANOTHER_LIST("Chuyển sang diện khác"),
        POSITIVE_TEST("Test dương tính với ma túy"),
        ADDICTION_DETERMINED("Xác định tình trạng nghiện"),
        MANAGEMENT_PERIOD_EXPIRED("Hết thời hạn quản lý"),
        MOVED_AWAY("Đi khỏi địa phương"),
        DUPLICATE("Trùng"),
        SENT_TO_COMPULSORY_REHAB("Đưa đi cai nghiện bắt buộc"),
        RELEASED_FROM_COMPULSORY_REHAB("Chấp hành xong cai nghiện bắt buộc"),
        RELAPSE("Tái nghiện"),
        ENROLLED_IN_TREATMENT("Tham gia điều trị"),
        LEFT_TREATMENT("Thôi điều trị"),
        REPORTED_BY_HEALTH_FACILITY("Cơ sở y tế thông báo"),
        DIED("Chết"),
        IMPRISONED("Đi tù"),
        TRANSFERRED_IN("Đơn vị khác chuyển đến"),
        TRANSFERRED_OUT("Chuyển đến đơn vị khác"),
        UNKNOWN("Không rõ lý do");

        private final String label;

        ListReason(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** The dimensions a list's current people are broken down by. */
    public enum Dimension implements Term {
        AGE_BAND("ageBand", "Độ tuổi"),
        PRIOR_CONVICTION("priorConviction", "Tiền án"),
        PRIOR_VIOLATION("priorViolation", "Tiền sự"),
        CATEGORY("category", "Sưu tra: danh mục"),
        SYSTEM("system", "Sưu tra: hệ"),
        CLASS("class", "Sưu tra: loại"),
        LOCATION("location", "Nơi người nghiện đang ở"),
        METHADONE("methadone", "Điều trị thay thế (methadone)"),
        DOSSIER("dossier", "Hồ sơ quản lý");

        private final String code;
        private final String label;

        Dimension(String code, String label) {
            this.code = code;
            this.label = label;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public String label() {
            return label;
        }

        /** The label of one value of this dimension (the value itself when it has none). */
        public String valueLabel(String value) {
            return switch (this) {
                case AGE_BAND -> "UNDER_30".equals(value) ? "Dưới 30 tuổi"
                        : "30_AND_OVER".equals(value) ? "Từ 30 tuổi trở lên" : value;
                case PRIOR_CONVICTION -> switch (value) {
                    case "DRUG" -> "Có tiền án về ma túy";
                    case "OTHER" -> "Có tiền án về tội khác";
                    case "NONE" -> "Không có tiền án";
                    default -> value;
                };
                case PRIOR_VIOLATION -> switch (value) {
                    case "DRUG" -> "Có tiền sự về ma túy";
                    case "OTHER" -> "Có tiền sự khác";
                    case "NONE" -> "Không có tiền sự";
                    default -> value;
                };
                case CLASS -> value.length() == 1 ? "Loại " + value : value;
                case LOCATION -> switch (value) {
                    case "COMMUNITY" -> "Ngoài cộng đồng";
                    case "COMPULSORY_REHAB" -> "Trong cơ sở cai nghiện bắt buộc";
                    case "VOLUNTARY_REHAB" -> "Cai nghiện tự nguyện";
                    case "PRISON" -> "Trong trại giam";
                    default -> value;
                };
                case METHADONE -> "YES".equals(value) ? "Đang điều trị methadone" : value;
                case DOSSIER -> switch (value) {
                    case "NONE" -> "Chưa lập hồ sơ quản lý";
                    case "OPEN" -> "Đã lập hồ sơ quản lý";
                    case "CLOSED" -> "Đã kết thúc hồ sơ quản lý";
                    default -> value;
                };
                case CATEGORY, SYSTEM -> value;
            };
        }

        /** The dimension named {@code code}, if it is one. */
        public static Optional<Dimension> of(String code) {
            return find(Dimension.class, code);
        }
    }

    /** The hotspot kinds of Guidance 689/HD-C04-P4. */
    public enum HotspotKind implements Term {
        COMPLEX_POINT("Điểm phức tạp về ma túy"),
        CLUSTER("Tụ điểm phức tạp về ma túy"),
        RISK_POINT("Điểm có nguy cơ phức tạp về ma túy"),
        RETAIL_DEALER("Đối tượng bán lẻ trái phép chất ma túy");

        private final String label;

        HotspotKind(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** Why a point was added to or removed from its kind's active points. */
    public enum HotspotReason implements Term {
        NEWLY_FOUND_BY_REVIEW("Rà soát mới phát hiện"),
        REPORTED_BY_PUBLIC("Quần chúng nhân dân tố giác"),
        FOUND_BY_INVESTIGATION("Phát hiện qua công tác trinh sát, điều tra"),
        TRANSFERRED_FROM_ANOTHER_UNIT("Đơn vị khác chuyển đến"),
        ACTIVITY_INCREASED("Hoạt động phức tạp hơn"),
        MORE_PEOPLE_INVOLVED("Nhiều đối tượng tham gia"),
        REGULAR_PATROL_AND_CONTROL("Tuần tra, kiểm soát thường xuyên"),
        ADMINISTRATIVE_MEASURES("Áp dụng biện pháp hành chính"),
        BUSINESS_CLOSED("Cơ sở kinh doanh ngừng hoạt động"),
        DISMANTLED_BY_ARREST("Triệt phá qua bắt giữ"),
        PROSECUTED("Khởi tố vụ án"),
        NO_LONGER_ACTIVE("Không còn hoạt động"),
        DEALER_DIED("Đối tượng đã chết"),
        DEALER_MOVED_AWAY("Đối tượng đã chuyển đi nơi khác"),
        DUPLICATE("Trùng lặp"),
        WRONGLY_LISTED("Xác lập không đúng"),
        ACTIVITY_RESUMED("Tái hoạt động trở lại"),
        NEW_REPORT_AT_SAME_PLACE("Tin báo mới tại địa điểm cũ"),
        REACTIVATED("Tái hoạt động"),
        NEUTRALISED("Vô hiệu hóa"),
        ERADICATED("Triệt xóa"),
        DETAILS_CHANGED("Thay đổi thông tin cơ sở kinh doanh"),
        TRANSFERRED_IN("Đơn vị khác chuyển đến"),
        TRANSFERRED_OUT("Chuyển đến đơn vị khác"),
        UNKNOWN("Không rõ lý do");

        private final String label;

        HotspotReason(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }

        /**
         * The label of a hotspot flow's reason, including the composed ones: {@code REMOVED_<reason>} (thanh loại),
         * {@code ESCALATED_FROM_<kind>}, {@code ESCALATED_TO_<kind>}.
         */
        public static String labelOf(String code) {
            if (code.startsWith("REMOVED_")) {
                return "Thanh loại: " + lower(ReportTerms.label(HotspotReason.class,
                        code.substring("REMOVED_".length())));
            }
            if (code.startsWith("ESCALATED_FROM_")) {
                return "Chuyển từ " + lower(ReportTerms.label(HotspotKind.class,
                        code.substring("ESCALATED_FROM_".length())));
            }
            if (code.startsWith("ESCALATED_TO_")) {
                return "Đẩy lên " + lower(ReportTerms.label(HotspotKind.class,
                        code.substring("ESCALATED_TO_".length())));
            }
            return ReportTerms.label(HotspotReason.class, code);
        }

        private static String lower(String label) {
            return label.length() < 2 || !Character.isLowerCase(label.charAt(1)) ? label
                    : Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
    }

    /** Kinds of surveillance records. */
    public enum SurveillanceKind implements Term {
        SUU_TRA("Đối tượng sưu tra"),
        HIEM_NGHI("Đối tượng hiềm nghi"),
        HIEM_NGHI_CYBERSPACE("Đối tượng hiềm nghi trên không gian mạng"),
        CHUYEN_AN("Chuyên án");

        private final String label;

        SurveillanceKind(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** Why a surveillance record was opened, closed or moved between categories. */
    public enum SurveillanceReason implements Term {
        OPENED("Xây dựng mới"),
        RECLASSIFIED("Chuyển danh mục"),
        PROSECUTED("Đã khởi tố"),
        ADMINISTRATIVE_SANCTION("Đã xử lý hành chính"),
        DIED("Đã chết"),
        MOVED_AWAY("Chuyển đi nơi khác"),
        NO_LONGER_SUSPECTED("Không còn nghi vấn"),
        CASE_CONCLUDED("Kết thúc chuyên án"),
        OTHER("Lý do khác"),
        TRANSFERRED_IN("Đơn vị khác chuyển đến"),
        TRANSFERRED_OUT("Chuyển đến đơn vị khác"),
        UNKNOWN("Không rõ lý do");

        private final String label;

        SurveillanceReason(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** What a suspect did (hành vi). */
    public enum SuspectAct implements Term {
        POSSESSION("Tàng trữ trái phép chất ma túy"),
        SALE("Mua bán trái phép chất ma túy"),
        TRANSPORT("Vận chuyển trái phép chất ma túy"),
        ORGANISING_USE("Tổ chức sử dụng trái phép chất ma túy"),
        HARBOURING("Chứa chấp việc sử dụng trái phép chất ma túy"),
        OTHER("Hành vi khác");

        private final String label;

        SuspectAct(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** Seized substances. */
    public enum Substance implements Term {
        METHAMPHETAMINE("Ma túy đá (methamphetamine)"),
        HEROIN("Heroin"),
        KETAMINE("Ketamine (ke)"),
        MDMA("MDMA (thuốc lắc)"),
        CANNABIS("Cần sa"),
        OTHER("Chất ma túy khác");

        private final String label;

        Substance(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** Stages of a compulsory-rehab dossier (hồ sơ đưa đi cai nghiện bắt buộc). */
    public enum RehabStage implements Term {
        CREATED("Lập hồ sơ đưa đi cai nghiện bắt buộc"),
        COURT_DECIDED("Tòa án quyết định"),
        ADMITTED("Đã đưa vào cơ sở cai nghiện bắt buộc"),
        RELEASED("Chấp hành xong, trở về địa phương"),
        WITHDRAWN("Rút hồ sơ, không đưa đi");

        private final String label;

        RehabStage(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** Why no administrative sanction decision was issued. */
    public enum SanctionNotIssued implements Term {
        USED_IN_ANOTHER_PROVINCE("Sử dụng trái phép chất ma túy tại tỉnh ngoài"),
        STATUTE_OF_LIMITATIONS("Hết thời hiệu xử phạt"),
        UNDER_AGE("Chưa đủ tuổi bị xử phạt"),
        CRIMINAL_PROCEEDINGS("Chuyển xử lý hình sự"),
        OTHER("Lý do khác"),
        UNKNOWN("Không rõ lý do");

        private final String label;

        SanctionNotIssued(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }
}
