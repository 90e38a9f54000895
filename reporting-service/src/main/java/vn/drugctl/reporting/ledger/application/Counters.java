package vn.drugctl.reporting.ledger.application;

import vn.drugctl.reporting.ledger.domain.Ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The report counters: amounts per unit, business date and measure, summed from the aggregates' ledger deltas.
 * Each counter document (a unit and a year) remembers, per aggregate, the sequence of the last delta it added, and
 * adds a delta only if its sequence is newer: applying a delta twice (a redelivery, a retry after a crash) counts it
 * once.
 */
public interface Counters {
    /** A change of one aggregate's ledger, made by its events up to {@code sequence}. */
    record Delta(String aggregateKey, long sequence, Ledger delta) {
    }

    void apply(List<Delta> deltas);

    /**
     * Sums for the units whose path contains {@code unitCode}: per measure, the amounts dated before {@code from}
     * ({@code before}) and those dated in {@code [from, to]} ({@code during}).
     */
    Sums sum(String unitCode, LocalDate from, LocalDate to);

    /** All the amounts of {@code measure} ever counted, per unit of {@code unitCode}'s subtree (units with none left out). */
    Map<String, Long> totalsByUnit(String unitCode, String measure);

    /** The same for exactly the units {@code unitCodes} (their own counters, not their subtrees'). */
    Sums sumOf(java.util.Collection<String> unitCodes, LocalDate from, LocalDate to);

    record Sums(Map<String, Long> before, Map<String, Long> during) {
        public Sums {
            before = Map.copyOf(before);
            during = Map.copyOf(during);
        }

        public long before(String measure) {
            return before.getOrDefault(measure, 0L);
        }

        public long during(String measure) {
            return during.getOrDefault(measure, 0L);
        }

        /** A stock's value at the end of {@code to}. */
        public long upTo(String measure) {
            return before(measure) + during(measure);
        }
    }
}
