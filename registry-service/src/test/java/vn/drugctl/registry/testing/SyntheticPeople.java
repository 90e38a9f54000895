package vn.drugctl.registry.testing;

import vn.drugctl.registry.person.domain.MainList;
import vn.drugctl.registry.person.domain.ProvinceCodes;
import vn.drugctl.registry.person.domain.Sex;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Deterministic generator of synthetic Vietnamese-looking people for tests and demos: the same seed gives the same
 * people. Names are random combinations of common family, middle and given names, never taken from the seeds.
 * <p>
 * Shares (approximate): 15% typed without diacritics, 10% typed in decomposed Unicode (NFD), 15% women, 60% with a
 * full birth date, 8% without CCCD, 12% living in another province; CCCDs are registered 45% in Hà Nam (035), 30% in
 * Thái Nguyên (019), the rest anywhere, and agree with birth year and sex. The six random CCCD digits come from a
 * bijection of the sequence number, so the first million people of one generator never share a CCCD.
 */
public final class SyntheticPeople {
    public static final int FIRST_BIRTH_YEAR = 1960;
    public static final int LAST_BIRTH_YEAR = 2008;

    private static final List<Weighted<String>> FAMILY_NAMES = List.of(
            w("Nguyễn", 380), w("Trần", 110), w("Lê", 95), w("Phạm", 70), w("Hoàng", 40), w("Huỳnh", 15),
            w("Phan", 45), w("Vũ", 30), w("Võ", 10), w("Đặng", 21), w("Bùi", 20), w("Đỗ", 14), w("Hồ", 13),
            w("Ngô", 13), w("Dương", 10), w("Lý", 5), w("Đinh", 8), w("Đào", 6), w("Trịnh", 5), w("Lương", 4),
            w("Mai", 4), w("Hà", 4), w("Nông", 3), w("Triệu", 3), w("Lò", 2), w("Ma", 2));
    private static final List<String> MALE_MIDDLE = List.of("Văn", "Văn", "Văn", "Đức", "Minh", "Hữu", "Quang",
            "Công", "Xuân", "Thanh", "Đình", "Mạnh", "Ngọc", "Tiến", "Trọng", "Văn Đức", "Quốc");
    private static final List<String> FEMALE_MIDDLE = List.of("Thị", "Thị", "Thị", "Thị Thu", "Thị Thanh",
            "Ngọc", "Thu", "Thanh", "Kim", "Thùy", "Phương", "Hồng", "Thị Mai");
    private static final List<String> MALE_GIVEN = List.of("Hùng", "Dũng", "Tuấn", "Long", "Nam", "Hải", "Hiếu",
            "Cường", "Thắng", "Sơn", "Tùng", "Quân", "Khánh", "Đạt", "Phúc", "Huy", "Thành", "Tú", "Trung", "Vinh",
            "Lộc", "Bình", "Toàn", "Kiên", "Nghĩa", "Hưng", "Duy", "Phong", "Định", "Quyết", "Chiến", "Lực", "Đông");
    private static final List<String> FEMALE_GIVEN = List.of("Hoa", "Lan", "Hương", "Hằng", "Nga", "Thảo", "Linh",
            "Trang", "Huyền", "Yến", "Nhung", "Loan", "Thủy", "Hạnh", "Oanh", "Phượng", "Hà", "Vân", "Liên", "Dung",
            "Thơm", "Xuân", "Ánh", "Nguyệt");
    private static final List<String> NICKNAMES = List.of("Tèo", "Bin", "Tí", "Cu Tồ", "Hùng Đen", "Béo", "Sún",
            "Tũn", "Bờm", "Xoăn");
    private static final List<String> VILLAGE_PATTERNS = List.of("Thôn %d", "Xóm %d", "Tổ dân phố %d");
    private static final List<String> NAMED_VILLAGES = List.of("Xóm Đông", "Xóm Trại", "Xóm Chợ", "Thôn Thượng",
            "Thôn Hạ", "Thôn An Hòa", "Thôn Đồng Quan", "Thôn Tiền Phong", "Xóm Bãi", "Tổ dân phố Bắc Sơn");
    private static final List<String> OTHER_PROVINCES = List.of("Bình Dương", "Hồ Chí Minh", "Đồng Nai",
            "Bắc Ninh", "Hà Nội", "Hải Phòng", "Quảng Ninh", "Bắc Giang", "Lâm Đồng");
    private static final List<Weighted<MainList>> LISTS = List.of(w(MainList.SUSPECTED_USER, 35),
            w(MainList.ILLEGAL_USER, 25), w(MainList.ADDICT, 20), w(MainList.SUSPECTED_ADDICT, 10),
            w(MainList.POST_REHAB, 10));
    private static final List<String> PROVINCE_CODES = List.copyOf(ProvinceCodes.all().keySet());
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Odd and not a multiple of 5, so {@code i * MULTIPLIER mod 10^6} visits every 6-digit number once. */
    private static final long MULTIPLIER = 382_691;

    private final Random random;
    private final long offset;
    private long sequence;

    public SyntheticPeople(long seed) {
        this.random = new Random(seed);
        this.offset = Math.floorMod(seed * 7_919, 1_000_000L);
    }

    public static List<SyntheticPerson> generate(long seed, int count) {
        return new SyntheticPeople(seed).take(count);
    }

    public List<SyntheticPerson> take(int count) {
        List<SyntheticPerson> people = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            people.add(next());
        }
        return people;
    }

    /** An endless stream; people are produced one at a time as it is consumed. */
    public Stream<SyntheticPerson> stream() {
        return Stream.generate(this::next);
    }

    public SyntheticPerson next() {
        long number = sequence++;
        Sex sex = random.nextInt(100) < 85 ? Sex.MALE : Sex.FEMALE;
        String composed = name(sex);
        int form = random.nextInt(100);
        NameForm nameForm = form < 15 ? NameForm.WITHOUT_DIACRITICS : form < 25 ? NameForm.DECOMPOSED : NameForm.COMPOSED;
        String fullName = switch (nameForm) {
            case COMPOSED -> composed;
            case WITHOUT_DIACRITICS -> withoutDiacritics(composed);
            case DECOMPOSED -> Normalizer.normalize(composed, Normalizer.Form.NFD);
        };
        List<String> aliases = random.nextInt(100) < 10 ? List.of(pick(NICKNAMES)) : List.of();
        int birthYear = FIRST_BIRTH_YEAR + random.nextInt(LAST_BIRTH_YEAR - FIRST_BIRTH_YEAR + 1);
        LocalDate birthDate = random.nextInt(100) < 60
                ? LocalDate.ofYearDay(birthYear, 1 + random.nextInt(LocalDate.of(birthYear, 1, 1).lengthOfYear()))
                : null;
        String cccd = random.nextInt(100) < 8 ? null : cccd(provinceCode(), birthYear, sex, number);
        String village = random.nextInt(100) < 70
                ? pick(VILLAGE_PATTERNS).formatted(1 + random.nextInt(12))
                : pick(NAMED_VILLAGES);
        String currentProvince = random.nextInt(100) < 12 ? pick(OTHER_PROVINCES) : null;
        MainList list = pickWeighted(LISTS);
        return new SyntheticPerson(fullName, nameForm, aliases, sex, birthYear, birthDate, cccd, village,
                currentProvince, list);
    }

    /** Latin letters only: marks removed, đ → d, case kept ("Đặng Thị Ánh" → "Dang Thi Anh"). */
    public static String withoutDiacritics(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
    }

    private String name(Sex sex) {
        String family = pickWeighted(FAMILY_NAMES);
        boolean male = sex == Sex.MALE;
        String middle = pick(male ? MALE_MIDDLE : FEMALE_MIDDLE);
        String given = pick(male ? MALE_GIVEN : FEMALE_GIVEN);
        return family + " " + middle + " " + given;
    }

    private String provinceCode() {
        int roll = random.nextInt(100);
        return roll < 45 ? "035" : roll < 75 ? "019" : pick(PROVINCE_CODES);
    }

    private String cccd(String province, int birthYear, Sex sex, long number) {
        int centuryDigit = (birthYear / 100 - 19) * 2 + (sex == Sex.FEMALE ? 1 : 0);
        long serial = Math.floorMod(number * MULTIPLIER + offset, 1_000_000L);
        return "%s%d%02d%06d".formatted(province, centuryDigit, birthYear % 100, serial);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> T pickWeighted(List<Weighted<T>> values) {
        int total = values.stream().mapToInt(Weighted::weight).sum();
        int roll = random.nextInt(total);
        for (Weighted<T> value : values) {
            roll -= value.weight();
            if (roll < 0) {
                return value.value();
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private static <T> Weighted<T> w(T value, int weight) {
        return new Weighted<>(value, weight);
    }

    private record Weighted<T>(T value, int weight) {
    }

    /** How the full name was typed. */
    public enum NameForm { COMPOSED, WITHOUT_DIACRITICS, DECOMPOSED }

    /**
     * One synthetic person.
     *
     * @param fullName        as typed, see {@code nameForm}
     * @param birthDate       null when only the birth year is known
     * @param cccd            null when unknown
     * @param village         permanent address within the home commune ("Thôn 3", "Xóm Đông", "Tổ dân phố 5")
     * @param currentProvince the other province the person now lives in, null when living at home
     */
    public record SyntheticPerson(String fullName, NameForm nameForm, List<String> aliases, Sex sex, int birthYear,
                                  LocalDate birthDate, String cccd, String village, String currentProvince,
                                  MainList list) {
        public boolean livesInAnotherProvince() {
            return currentProvince != null;
        }
    }
}
