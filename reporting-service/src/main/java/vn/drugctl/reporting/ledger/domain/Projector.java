package vn.drugctl.reporting.ledger.domain;

import java.util.List;

/**
 * What one aggregate of a kind contributes to the report counters, as a pure function of its events. Called again
 * with the whole history whenever the aggregate gets a new event, so a back-dated event or a correction of an earlier
 * entry is simply part of the history it reads.
 */
public interface Projector {
    /**
     * @param events the aggregate's events received so far, in {@code sequence} order, each once (a gap is possible:
     *               an event still on its way; the ledger is then that of the events at hand)
     */
    Ledger ledger(List<ProjectedEvent> events);
}
