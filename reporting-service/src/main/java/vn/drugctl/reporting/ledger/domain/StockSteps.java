package vn.drugctl.reporting.ledger.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;


/**
 * The stock keys one aggregate holds, written as steps: after the entries of a business date are applied, each
 * (unit, stock measure) key that appears is +1 and each that disappears is -1 at that date.
 */
public final class StockSteps {
    /** A stock key held, without its date. */
    public record Held(String unit, String measure) {
    }

    private Set<Held> held = Set.of();

    /** Writes to {@code ledger} the steps of {@code date} from the keys held before to {@code now}. */
    public void close(Ledger.Builder ledger, LocalDate date, Set<Held> now) {
        for (Held k : now) {
            if (!held.contains(k)) {
                ledger.add(k.unit(), date, k.measure(), 1);
            }
        }
        for (Held k : held) {
            if (!now.contains(k)) {
                ledger.add(k.unit(), date, k.measure(), -1);
            }
        }
        held = new HashSet<>(now);
    }
}
