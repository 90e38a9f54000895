package vn.drugctl.registry.person.domain;

/** Counts of prior convictions (tiền án) or prior administrative violations (tiền sự), by kind. */
public record PriorRecords(int drug, int other) {
    public static final PriorRecords NONE = new PriorRecords(0, 0);

    public PriorRecords {
        if (drug < 0 || other < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    public boolean any() {
        return drug + other > 0;
    }
}
