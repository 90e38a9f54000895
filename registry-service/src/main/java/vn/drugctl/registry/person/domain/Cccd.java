package vn.drugctl.registry.person.domain;

/** Placeholder until the full structure check lands: 12 digits. */
public record Cccd(String value) {
    public static Cccd parse(String raw) {
        String v = raw.replace(" ", "").strip();
        if (!v.matches("\\d{12}")) {
            throw new InvalidPersonData("cccd", "must be 12 digits");
        }
        return new Cccd(v);
    }

    public Cccd checkConsistentWith(Integer birthYear, Sex sex) {
        return this;
    }
}
