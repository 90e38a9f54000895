package vn.drugctl.benchmark;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic people, never real ones: Vietnamese-looking names with diacritics (a few typed in decomposed Unicode,
 * as some data entry does), birth years 1960–2008, and citizen ids (CCCD) of valid structure, unique within a run.
 * Deterministic for a given seed.
 */
final class SyntheticPeople {
    enum Sex { MALE, FEMALE }

    record Person(String fullName, Sex sex, int birthYear, LocalDate birthDate, String cccd, String village) {
    }

    static final int FIRST_BIRTH_YEAR = 1960;
    static final int LAST_BIRTH_YEAR = 2008;
    /** Hà Nam, the demo province; most people are born there. */
    static final String HA_NAM = "035";
    /** Other provinces' codes (Hà Nội, Nam Định, Ninh Bình, Thái Bình, Thái Nguyên, Bắc Ninh, Hòa Bình). */
    static final List<String> OTHER_PROVINCES = List.of("001", "036", "037", "034", "019", "027", "017");

    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan",
            "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Lương", "Mai");
    private static final List<String> MIDDLE_MALE = List.of("Văn", "Đức", "Hữu", "Minh", "Quang", "Công", "Thành",
            "Xuân", "Đình", "Trọng");
    private static final List<String> MIDDLE_FEMALE = List.of("Thị", "Ngọc", "Thu", "Thanh", "Hồng", "Kim", "Mỹ",
            "Phương", "Bích", "Diệu");
    private static final List<String> GIVEN_MALE = List.of("Tuấn", "Hùng", "Dũng", "Cường", "Hải", "Nam", "Long",
            "Sơn", "Phúc", "Thắng", "Khánh", "Quân", "Tùng", "Hiếu", "Trung", "Đạt", "Lực", "Bảo", "Việt", "Huy");
    private static final List<String> GIVEN_FEMALE = List.of("Lan", "Hương", "Mai", "Hoa", "Linh", "Trang", "Thảo",
            "Nhung", "Yến", "Hạnh", "Ngân", "Phượng", "Huyền", "Dung", "Loan", "Oanh", "Tâm", "Vân", "Hằng", "Thủy");
    private static final List<String> VILLAGES = List.of("Thôn 1", "Thôn 2", "Thôn 3", "Thôn 5", "Thôn 7", "Xóm 4",
            "Xóm Đông", "Xóm Trại", "Tổ dân phố 2", "Tổ dân phố 6", "Thôn Đồng Lạc", "Thôn An Tập");

    private final Random random;
    private final Set<String> cccds = new HashSet<>();

    SyntheticPeople(long seed) {
        random = new Random(seed);
    }

    Person next() {
        Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        int birthYear = FIRST_BIRTH_YEAR + random.nextInt(LAST_BIRTH_YEAR - FIRST_BIRTH_YEAR + 1);
        LocalDate birthDate = random.nextInt(10) < 3
                ? LocalDate.of(birthYear, 1, 1).plusDays(random.nextInt(LocalDate.of(birthYear, 1, 1).lengthOfYear()))
                : null;
        String province = random.nextInt(100) < 85 ? HA_NAM : OTHER_PROVINCES.get(random.nextInt(OTHER_PROVINCES.size()));
        return new Person(name(sex), sex, birthYear, birthDate, uniqueCccd(province, sex, birthYear),
                VILLAGES.get(random.nextInt(VILLAGES.size())));
    }

    private String name(Sex sex) {
        String name = pick(FAMILY) + " " + pick(sex == Sex.MALE ? MIDDLE_MALE : MIDDLE_FEMALE) + " "
                + pick(sex == Sex.MALE ? GIVEN_MALE : GIVEN_FEMALE);
        return random.nextInt(100) < 5 ? Normalizer.normalize(name, Normalizer.Form.NFD) : name;
    }

    private String pick(List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    /** A CCCD of valid structure not handed out before in this run: random serials, collisions skipped. */
    String uniqueCccd(String province, Sex sex, int birthYear) {
        for (int attempt = 0; attempt < 1_000; attempt++) {
            String cccd = cccd(province, sex, birthYear, random.nextInt(1_000_000));
            if (cccds.add(cccd)) {
                return cccd;
            }
        }
        throw new IllegalStateException("No free CCCD left for " + province + "/" + sex + "/" + birthYear);
    }

    /**
     * The 12 digits of a citizen id: the 3-digit code of the province of birth, a digit for century and sex
     * (0 male / 1 female born 1900–1999, 2 male / 3 female born 2000–2099), the last two digits of the birth year
     * and a 6-digit serial.
     */
    static String cccd(String province, Sex sex, int birthYear, int serial) {
        if (!province.matches("\\d{3}")) {
            throw new IllegalArgumentException("A province code has 3 digits: " + province);
        }
        if (birthYear < 1900 || birthYear > 2099) {
            throw new IllegalArgumentException("Birth year outside 1900–2099: " + birthYear);
        }
        if (serial < 0 || serial > 999_999) {
            throw new IllegalArgumentException("A serial has 6 digits: " + serial);
        }
        int centurySex = (birthYear >= 2000 ? 2 : 0) + (sex == Sex.FEMALE ? 1 : 0);
        return "%s%d%02d%06d".formatted(province, centurySex, birthYear % 100, serial);
    }
}
