package vn.drugctl.hotspot.surveillance.domain;

/** A profile's category (DM1–DM3), system (H1–H10) and class (A/B): all three, the way the reports count them. */
public record Classification(SurveillanceCategory category, SurveillanceSystem system, SurveillanceClass clazz) {
    static Classification checked(String field, Classification c) {
        if (c == null) {
            return null;
        }
        String p = field.isEmpty() ? "" : field + ".";
        if (c.category() == null) {
            throw new InvalidSurveillanceData(p + "category", "is required (DM1, DM2 or DM3)");
        }
        if (c.system() == null) {
            throw new InvalidSurveillanceData(p + "system", "is required (H1 to H10)");
        }
        if (c.clazz() == null) {
            throw new InvalidSurveillanceData(p + "clazz", "is required (A or B)");
        }
        return c;
    }
}
