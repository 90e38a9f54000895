package vn.drugctl.hotspot.arrest.domain;

/**
 * Money (VND, whole đồng) and things seized besides substances: vehicles and phones, counted and described.
 */
public record SeizedProperty(long moneyVnd, int vehicles, String vehiclesDescription, int phones,
                             String phonesDescription) {
    public static final SeizedProperty NONE = new SeizedProperty(0, 0, null, 0, null);

    static SeizedProperty checked(Long moneyVnd, Integer vehicles, String vehiclesDescription, Integer phones,
                                  String phonesDescription) {
        long money = moneyVnd == null ? 0 : moneyVnd;
        if (money < 0) {
            throw new InvalidIncidentData("moneyVnd", "must not be negative, was " + money);
        }
        int v = count("vehicles", vehicles);
        int p = count("phones", phones);
        return new SeizedProperty(money, v, Texts.line("vehiclesDescription", vehiclesDescription, 500), p,
                Texts.line("phonesDescription", phonesDescription, 500));
    }

    private static int count(String field, Integer value) {
        int v = value == null ? 0 : value;
        if (v < 0 || v > 10_000) {
            throw new InvalidIncidentData(field, "must be between 0 and 10000, was " + v);
        }
        return v;
    }
}
