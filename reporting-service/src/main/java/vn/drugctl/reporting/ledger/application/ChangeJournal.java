package vn.drugctl.reporting.ledger.application;

import vn.drugctl.reporting.ledger.domain.Ledger;

import java.time.Instant;
import java.util.List;

/**
 * Every change of an aggregate's ledger, kept: which record changed which counters, when the projection took it in.
 * A submitted report is compared with the live one through it (the records behind each changed number).
 */
public interface ChangeJournal {
    /**
     * One aggregate's ledger change.
     *
     * @param version the aggregate's version the change made (the journal keeps one entry per aggregate and version)
     * @param at      when the projection took it in
     */
    record Change(String kind, String aggregateId, long version, Instant at, Ledger delta) {
    }

    /** Appends the changes; one already there (same aggregate and version) is left as it is. */
    void append(List<Change> changes);

    /** The changes taken in after {@code after} that touch a unit of {@code unitCode}'s subtree, oldest first. */
    List<Change> since(Instant after, String unitCode);
}
