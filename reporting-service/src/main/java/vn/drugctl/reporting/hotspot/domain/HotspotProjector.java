package vn.drugctl.reporting.hotspot.domain;

import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.DETAILS_CHANGED;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.ERADICATED;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.ESCALATED_FROM_PREFIX;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.ESCALATED_TO_PREFIX;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.NEUTRALISED;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.REACTIVATED;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.REMOVED_PREFIX;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.TRANSFERRED_IN;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.TRANSFERRED_OUT;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.token;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.drugctl.reporting.ledger.domain.ProjectedHistory;
import vn.drugctl.reporting.ledger.domain.ProjectedHistory.Entry;
import vn.drugctl.reporting.ledger.domain.StockSteps;
import vn.drugctl.reporting.ledger.domain.StockSteps.Held;
import vn.drugctl.reporting.ledger.domain.Ledger;
import vn.drugctl.reporting.ledger.domain.ProjectedEvent;
import vn.drugctl.reporting.ledger.domain.Projector;

/**
 * The ledger of one hotspot (event contract {@code hotspot.events.v1}, hotspot events): the list of points per kind
 * × licensed-business flag as a stock with the flows that explain it, and the watched and cyberspace stocks, by
 * managing unit and business date. Names of the measures: {@link HotspotMeasures}. Pure and deterministic.
 *
 * <p><b>Effective history.</b> {@code HotspotEntryCorrected} events are not entries of their own: the latest one (by
 * {@code sequence}) naming an entry is in force; a voided entry is left out, an amended one takes its corrected
 * business date, reason and document when given (the addition is never voided). Corrections of corrections are
 * ignored. Entries are replayed {@code HotspotAdded} first, then by effective business date, ties by
 * {@code sequence}; an entry dated before the addition counts at the addition's date. A repeated {@code eventId} is
 * read once; unknown types and a {@code schemaVersion} other than 1 are ignored; without its addition at hand a
 * hotspot contributes nothing.
 *
 * <p><b>Flows</b> are written at the entry's effective date and its envelope's unit, from the replayed state (never
 * from what an event says the state was), and only when the point enters or leaves the active list of a
 * kind × flag: added ({@code in:<reason>}); escalated while active ({@code out:ESCALATED_TO_<new>} on the old kind,
 * {@code in:ESCALATED_FROM_<old>} on the new one); neutralised, eradicated while active ({@code out:NEUTRALISED},
 * {@code out:ERADICATED}); removed while active ({@code out:REMOVED_<reason>}); reactivated while not active
 * ({@code in:REACTIVATED}); details changed while active flipping the licensed flag ({@code out:DETAILS_CHANGED} of
 * one flag, {@code in:DETAILS_CHANGED} of the other); a change of the envelope's unit while active
 * ({@code out:TRANSFERRED_OUT} at the old unit, {@code in:TRANSFERRED_IN} at the new). A step that does not move the
 * point in or out of the active list (neutralising a watched point, escalating a watched one) changes the state and
 * writes no flow. Since a correction is read as part of the history, a corrected entry is counted once, as corrected.
 *
 * <p><b>Stocks.</b> After the entries of one business date, the point holds: active, {@code H:<kind>:<flag>} and,
 * when it operates on cyberspace, {@code HC:<kind>}; neutralised or eradicated, {@code HW:<kind>}; removed, nothing.
 * Each key that appears is +1 and each that disappears -1 at that date. So for every unit, kind, flag and date the
 * sum of {@code H:<kind>:<flag>} up to the date equals its {@code in} flows minus its {@code out} flows up to it.
 * The licensed flag is {@code details.licensedBusiness} being present, cyberspace {@code details.cyberspace}.
 */
public final class HotspotProjector implements Projector {
    static final String HOTSPOT_ADDED = "HotspotAdded";
    static final String HOTSPOT_DETAILS_CHANGED = "HotspotDetailsChanged";
    static final String HOTSPOT_ESCALATED = "HotspotEscalated";
    static final String HOTSPOT_NEUTRALISED = "HotspotNeutralised";
    static final String HOTSPOT_ERADICATED = "HotspotEradicated";
    static final String HOTSPOT_REMOVED = "HotspotRemoved";
    static final String HOTSPOT_REACTIVATED = "HotspotReactivated";
    static final String HOTSPOT_ENTRY_CORRECTED = "HotspotEntryCorrected";

    /** The event types this projector reads (schema version 1 of each). */
    static final Set<String> KNOWN_TYPES = Set.of(HOTSPOT_ADDED, HOTSPOT_DETAILS_CHANGED, HOTSPOT_ESCALATED,
            HOTSPOT_NEUTRALISED, HOTSPOT_ERADICATED, HOTSPOT_REMOVED, HOTSPOT_REACTIVATED, HOTSPOT_ENTRY_CORRECTED);

    static final String COMPLEX_POINT = "COMPLEX_POINT";

    /** A point's status, as the lifecycle leaves it. */
    private enum Status { ACTIVE, NEUTRALISED, ERADICATED, REMOVED }

    @Override
    public Ledger ledger(List<ProjectedEvent> events) {
        List<Entry> entries = ProjectedHistory.of(ProjectedHistory.readable(events, KNOWN_TYPES),
                HOTSPOT_ENTRY_CORRECTED, HOTSPOT_ADDED, true);
        if (entries.isEmpty() || !entries.getFirst().type().equals(HOTSPOT_ADDED)) {
            return Ledger.EMPTY;
        }
        Replay replay = new Replay();
        ProjectedHistory.replayByDay(entries, replay::apply,
                date -> replay.stocks.close(replay.ledger, date, replay.stockKeys()));
        return replay.ledger.build();
    }

    /** The point's state as the entries are replayed, and the ledger written so far. */
    private static final class Replay {
        final Ledger.Builder ledger = Ledger.builder();
        final StockSteps stocks = new StockSteps();
        String unit;
        String kind;
        Status status;
        boolean licensed;
        boolean cyberspace;

        void apply(Entry entry) {
            ProjectedEvent e = entry.event();
            if (unit != null && !unit.equals(entry.unit()) && status == Status.ACTIVE) {
                ledger.add(unit, entry.date(), HotspotMeasures.hotspotsRemoved(kind, licensed, TRANSFERRED_OUT), 1);
                ledger.add(entry.unit(), entry.date(), HotspotMeasures.hotspotsAdded(kind, licensed, TRANSFERRED_IN),
                        1);
            }
            unit = entry.unit();
            switch (entry.type()) {
                case HOTSPOT_ADDED -> {
                    kind = token(e.text("kind"));
                    readDetails(e.object("details"));
                    status = Status.ACTIVE;
                    in(entry, token(entry.reason()));
                }
                case HOTSPOT_DETAILS_CHANGED -> {
                    boolean wasLicensed = licensed;
                    readDetails(e.object("details"));
                    if (status == Status.ACTIVE && wasLicensed != licensed) {
                        ledger.add(unit, entry.date(), HotspotMeasures.hotspotsRemoved(kind, wasLicensed,
                                DETAILS_CHANGED), 1);
                        in(entry, DETAILS_CHANGED);
                    }
                }
                case HOTSPOT_ESCALATED -> {
                    String toKind = e.text("toKind") == null ? COMPLEX_POINT : token(e.text("toKind"));
                    if (!toKind.equals(kind)) {
                        String fromKind = kind;
                        if (status == Status.ACTIVE) {
                            out(entry, ESCALATED_TO_PREFIX + toKind);
                        }
                        kind = toKind;
                        if (status == Status.ACTIVE) {
                            in(entry, ESCALATED_FROM_PREFIX + fromKind);
                        }
                    }
                }
                case HOTSPOT_NEUTRALISED -> leave(entry, Status.NEUTRALISED, NEUTRALISED);
                case HOTSPOT_ERADICATED -> leave(entry, Status.ERADICATED, ERADICATED);
                case HOTSPOT_REMOVED -> leave(entry, Status.REMOVED, REMOVED_PREFIX + token(entry.reason()));
                case HOTSPOT_REACTIVATED -> {
                    if (status != Status.ACTIVE) {
                        status = Status.ACTIVE;
                        in(entry, REACTIVATED);
                    }
                }
                default -> {
                    // corrections are applied by the effective history
                }
            }
        }

        private void leave(Entry entry, Status to, String reason) {
            if (status == Status.ACTIVE) {
                out(entry, reason);
            }
            status = to;
        }

        private void in(Entry entry, String reason) {
            ledger.add(unit, entry.date(), HotspotMeasures.hotspotsAdded(kind, licensed, reason), 1);
        }

        private void out(Entry entry, String reason) {
            ledger.add(unit, entry.date(), HotspotMeasures.hotspotsRemoved(kind, licensed, reason), 1);
        }

        private void readDetails(Map<String, Object> details) {
            licensed = details.get("licensedBusiness") != null;
            cyberspace = details.get("cyberspace") != null;
        }

        /** The stock keys (unit, measure) the state holds. */
        Set<Held> stockKeys() {
            Set<Held> keys = new HashSet<>();
            if (status == Status.ACTIVE) {
                keys.add(new Held(unit, HotspotMeasures.hotspots(kind, licensed)));
                if (cyberspace) {
                    keys.add(new Held(unit, HotspotMeasures.hotspotsCyberspace(kind)));
                }
            } else if (status == Status.NEUTRALISED || status == Status.ERADICATED) {
                keys.add(new Held(unit, HotspotMeasures.hotspotsWatched(kind)));
            }
            return keys;
        }
    }
}
