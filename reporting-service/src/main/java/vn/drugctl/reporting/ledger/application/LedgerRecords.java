package vn.drugctl.reporting.ledger.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The records behind the counters: which aggregates a number is made of. Read from the projection's aggregates (each
 * keeps its own ledger), so a report, a failed criterion or a name list can show the records that give a number.
 */
public interface LedgerRecords {
    /**
     * One aggregate's part of a measure.
     *
     * @param measure   the measure's full name
     * @param amount    the aggregate's amounts of it summed over the units and dates asked for (never 0)
     * @param aggregate the aggregate as the projection keeps it (its events give its name, list, dates...)
     */
    record Share(String kind, String aggregateId, String measure, long amount, StoredAggregate aggregate) {
    }

    /**
     * The aggregates with amounts of {@code measure} (its exact name; with {@code prefix}: every measure whose name
     * starts with it) for a unit of {@code unitCodes}, dated in {@code [from, to]} ({@code from} null: since the
     * beginning), one share per aggregate and measure whose sum is not 0. For a stock with {@code from} null these are
     * the records in the stock at the end of {@code to}; for a flow, the records that flowed in the period.
     */
    List<Share> shares(Collection<String> unitCodes, String measure, boolean prefix, LocalDate from, LocalDate to);
}
