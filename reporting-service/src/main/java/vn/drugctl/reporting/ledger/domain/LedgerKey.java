package vn.drugctl.reporting.ledger.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where an amount is counted: a unit, a business date, a measure. A measure is a name of letters, digits, '_', '-'
 * and ':' (no '.' or '$': it is a field name in the counters' store), e.g. {@code L:ADDICT} or
 * {@code L:ADDICT:in:NEWLY_FOUND_BY_REVIEW}.
 */
public record LedgerKey(String unitCode, LocalDate date, String measure) implements Comparable<LedgerKey> {
    /**
     * Marks a per-record flow ({@code T:id:tested:<personId>}): one measure per record, so that a report can count the
     * distinct records behind a flow over any period (how many people were tested, not how many tests). The counters
     * keep such measures per day only, never in month totals, so a report reads them for its period's days alone.
     */
    public static final String PER_RECORD = ":id:";

    /** Whether {@code measure} is a per-record flow ({@link #PER_RECORD}). */
    public static boolean perRecord(String measure) {
        return measure.contains(PER_RECORD);
    }

    private static final Pattern MEASURE = Pattern.compile("[A-Za-z0-9_:\\-]{1,200}");
    private static final Comparator<LedgerKey> ORDER = Comparator.comparing(LedgerKey::unitCode)
            .thenComparing(LedgerKey::date).thenComparing(LedgerKey::measure);

    public LedgerKey {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(date, "date");
        if (measure == null || !MEASURE.matcher(measure).matches()) {
            throw new IllegalArgumentException("not a measure name: " + measure);
        }
    }

    @Override
    public int compareTo(LedgerKey o) {
        return ORDER.compare(this, o);
    }
}
