package vn.drugctl.registry.person.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The 63 province codes of the place of birth registration that open a CCCD (Circular 07/2016/TT-BCA, appendix 1,
 * kept by Circular 59/2021/TT-BCA). They name the provinces as they were before the 2025 mergers: a person's code
 * never changes, so all 63 stay valid for everyone registered at birth before then.
 */
public final class ProvinceCodes {
    private static final Map<String, String> NAMES = Collections.unmodifiableMap(names());

    private ProvinceCodes() {
    }

    /** The province name for a three-digit code, if the code is one of the 63. */
    public static Optional<String> nameOf(String code) {
        return Optional.ofNullable(code).map(NAMES::get);
    }

    public static boolean isKnown(String code) {
        return code != null && NAMES.containsKey(code);
    }

    /** Every code with its province name, in the order of the circular. */
    public static Map<String, String> all() {
        return NAMES;
    }

    private static Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("001", "Hà Nội");
        names.put("002", "Hà Giang");
        names.put("004", "Cao Bằng");
        names.put("006", "Bắc Kạn");
        names.put("008", "Tuyên Quang");
        names.put("010", "Lào Cai");
        names.put("011", "Điện Biên");
        names.put("012", "Lai Châu");
        names.put("014", "Sơn La");
        names.put("015", "Yên Bái");
        names.put("017", "Hòa Bình");
        names.put("019", "Thái Nguyên");
        names.put("020", "Lạng Sơn");
        names.put("022", "Quảng Ninh");
        names.put("024", "Bắc Giang");
        names.put("025", "Phú Thọ");
        names.put("026", "Vĩnh Phúc");
        names.put("027", "Bắc Ninh");
        names.put("030", "Hải Dương");
        names.put("031", "Hải Phòng");
        names.put("033", "Hưng Yên");
        names.put("034", "Thái Bình");
        names.put("035", "Hà Nam");
        names.put("036", "Nam Định");
        names.put("037", "Ninh Bình");
        names.put("038", "Thanh Hóa");
        names.put("040", "Nghệ An");
        names.put("042", "Hà Tĩnh");
        names.put("044", "Quảng Bình");
        names.put("045", "Quảng Trị");
        names.put("046", "Thừa Thiên Huế");
        names.put("048", "Đà Nẵng");
        names.put("049", "Quảng Nam");
        names.put("051", "Quảng Ngãi");
        names.put("052", "Bình Định");
        names.put("054", "Phú Yên");
        names.put("056", "Khánh Hòa");
        names.put("058", "Ninh Thuận");
        names.put("060", "Bình Thuận");
        names.put("062", "Kon Tum");
        names.put("064", "Gia Lai");
        names.put("066", "Đắk Lắk");
        names.put("067", "Đắk Nông");
        names.put("068", "Lâm Đồng");
        names.put("070", "Bình Phước");
        names.put("072", "Tây Ninh");
        names.put("074", "Bình Dương");
        names.put("075", "Đồng Nai");
        names.put("077", "Bà Rịa - Vũng Tàu");
        names.put("079", "Hồ Chí Minh");
        names.put("080", "Long An");
        names.put("082", "Tiền Giang");
        names.put("083", "Bến Tre");
        names.put("084", "Trà Vinh");
        names.put("086", "Vĩnh Long");
        names.put("087", "Đồng Tháp");
        names.put("089", "An Giang");
        names.put("091", "Kiên Giang");
        names.put("092", "Cần Thơ");
        names.put("093", "Hậu Giang");
        names.put("094", "Sóc Trăng");
        names.put("095", "Bạc Liêu");
        names.put("096", "Cà Mau");
        return names;
    }
}
