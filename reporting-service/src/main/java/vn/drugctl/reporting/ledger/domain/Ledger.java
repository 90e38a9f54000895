package vn.drugctl.reporting.ledger.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Amounts by {@link LedgerKey}, zero amounts left out: what one aggregate contributes to the counters, or the
 * difference between two such contributions. Immutable; {@link Builder} to make one.
 */
public final class Ledger {
    public static final Ledger EMPTY = new Ledger(new TreeMap<>());

    private final Map<LedgerKey, Long> amounts;

    private Ledger(TreeMap<LedgerKey, Long> amounts) {
        this.amounts = Collections.unmodifiableMap(amounts);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Map<LedgerKey, Long> amounts() {
        return amounts;
    }

    public boolean isEmpty() {
        return amounts.isEmpty();
    }

    /** This ledger minus {@code other}: what to add to counters holding {@code other} to make them hold this. */
    public Ledger minus(Ledger other) {
        Builder b = builder();
        amounts.forEach(b::add);
        other.amounts.forEach((k, v) -> b.add(k, -v));
        return b.build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ledger l && l.amounts.equals(amounts);
    }

    @Override
    public int hashCode() {
        return amounts.hashCode();
    }

    @Override
    public String toString() {
        return amounts.toString();
    }

    /** Collects amounts; adding to a key sums. */
    public static final class Builder {
        private final TreeMap<LedgerKey, Long> amounts = new TreeMap<>();

        private Builder() {
        }

        public Builder add(LedgerKey key, long amount) {
            if (amount != 0) {
                amounts.merge(key, amount, (a, b) -> a + b == 0 ? null : a + b);
            }
            return this;
        }

        public Builder add(String unitCode, LocalDate date, String measure, long amount) {
            return add(new LedgerKey(unitCode, date, measure), amount);
        }

        public Ledger build() {
            return amounts.isEmpty() ? EMPTY : new Ledger(new TreeMap<>(amounts));
        }
    }
}
