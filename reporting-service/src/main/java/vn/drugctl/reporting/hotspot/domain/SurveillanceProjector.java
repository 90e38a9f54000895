package vn.drugctl.reporting.hotspot.domain;

import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.CLASS;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.OPENED;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.RECLASSIFIED;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.SYSTEM;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.TRANSFERRED_IN;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.TRANSFERRED_OUT;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.token;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.drugctl.reporting.ledger.domain.ProjectedHistory;
import vn.drugctl.reporting.ledger.domain.ProjectedHistory.Entry;
import vn.drugctl.reporting.ledger.domain.StockSteps;
import vn.drugctl.reporting.ledger.domain.StockSteps.Held;
import vn.drugctl.reporting.ledger.domain.Ledger;
import vn.drugctl.reporting.ledger.domain.ProjectedEvent;
import vn.drugctl.reporting.ledger.domain.Projector;

/**
 * The ledger of one surveillance record (hồ sơ sưu tra, hiềm nghi, chuyên án; event contract
 * {@code hotspot.events.v1}, surveillance record events): open records per kind as a stock with its flows, per
 * category as a balanced stock with its own flows, and breakdown stocks by system and class, by managing unit and
 * business date. Names of the measures: {@link HotspotMeasures}. Pure and deterministic.
 *
 * <p><b>Effective history.</b> {@code SurveillanceEntryCorrected} events are not entries of their own: the latest one
 * (by {@code sequence}) naming an entry is in force; a voided entry is left out (voiding the closing reopens the
 * record), a re-dated one takes its corrected business date. Entries are replayed {@code SurveillanceRecordOpened}
 * first, then by effective business date, ties by {@code sequence}; an entry dated before the opening counts at
 * the opening's date. A repeated {@code eventId} is read once; unknown types and a {@code schemaVersion} other
 * than 1 are ignored; without its opening at hand a record contributes nothing.
 *
 * <p><b>Flows</b> are written at the entry's effective date and its envelope's unit, from the replayed state (the
 * {@code from} classification an event names is not read): opened, {@code SV:<kind>:in:OPENED} and, when classified,
 * {@code SV:<kind>:cat:<category>:in:OPENED}; closed while open, {@code SV:<kind>:out:<reason>} and
 * {@code SV:<kind>:cat:<category>:out:<reason>}; reclassified while open to another category,
 * {@code :cat:<old>:out:RECLASSIFIED} and {@code :cat:<new>:in:RECLASSIFIED} (a change of system or class only writes
 * no flow); a change of the envelope's unit while open, {@code out:TRANSFERRED_OUT} at the old unit and
 * {@code in:TRANSFERRED_IN} at the new one, for the kind and the category. A closing of a closed record writes
 * nothing; a reclassification of a closed record changes the classification only.
 *
 * <p><b>Stocks.</b> After the entries of one date, an open record holds {@code SV:<kind>} and, when classified,
 * {@code SV:<kind>:cat:<category>}, {@code SV:<kind>:by:system:<system>}, {@code SV:<kind>:by:class:<clazz>}; a
 * closed one holds nothing. Each key that appears is +1 and each that disappears -1 at that date. So for every unit,
 * kind, category and date: stock up to the date = {@code in} flows - {@code out} flows up to it (seed 000's
 * "DM1 44 + 0 - 2 = 42" balance, per category). A record without classification has no category or breakdown keys.
 */
public final class SurveillanceProjector implements Projector {
    static final String RECORD_OPENED = "SurveillanceRecordOpened";
    static final String RECORD_RECLASSIFIED = "SurveillanceRecordReclassified";
    static final String RECORD_CLOSED = "SurveillanceRecordClosed";
    static final String ENTRY_CORRECTED = "SurveillanceEntryCorrected";

    /** The event types this projector reads (schema version 1 of each). */
    static final Set<String> KNOWN_TYPES = Set.of(RECORD_OPENED, RECORD_RECLASSIFIED, RECORD_CLOSED,
            ENTRY_CORRECTED);

    @Override
    public Ledger ledger(List<ProjectedEvent> events) {
        List<Entry> entries = ProjectedHistory.of(ProjectedHistory.readable(events, KNOWN_TYPES), ENTRY_CORRECTED,
                RECORD_OPENED, true);
        if (entries.isEmpty() || !entries.getFirst().type().equals(RECORD_OPENED)) {
            return Ledger.EMPTY;
        }
        Replay replay = new Replay();
        ProjectedHistory.replayByDay(entries, replay::apply,
                date -> replay.stocks.close(replay.ledger, date, replay.stockKeys()));
        return replay.ledger.build();
    }

    /** A classification as tokens; {@code category} null when the record has none. */
    private record Classification(String category, String system, String clazz) {
        static Classification of(Map<String, Object> c) {
            if (c.isEmpty() || c.get("category") == null) {
                return null;
            }
            return new Classification(token(c.get("category")), value(c.get("system")), value(c.get("clazz")));
        }

        private static String value(Object v) {
            return v == null || v.toString().isBlank() ? null : token(v);
        }
    }

    /** The record's state as the entries are replayed, and the ledger written so far. */
    private static final class Replay {
        final Ledger.Builder ledger = Ledger.builder();
        final StockSteps stocks = new StockSteps();
        String unit;
        String kind;
        boolean open;
        Classification classification;

        void apply(Entry entry) {
            ProjectedEvent e = entry.event();
            LocalDate date = entry.date();
            if (unit != null && !unit.equals(entry.unit()) && open) {
                flows(unit, date, TRANSFERRED_OUT, false);
                flows(entry.unit(), date, TRANSFERRED_IN, true);
            }
            unit = entry.unit();
            switch (entry.type()) {
                case RECORD_OPENED -> {
                    kind = token(e.text("kind"));
                    classification = Classification.of(e.object("classification"));
                    open = true;
                    flows(unit, date, OPENED, true);
                }
                case RECORD_RECLASSIFIED -> {
                    Classification to = Classification.of(e.object("to"));
                    if (to == null) {
                        return;
                    }
                    String before = classification == null ? null : classification.category();
                    if (open && !Objects.equals(before, to.category())) {
                        if (before != null) {
                            ledger.add(unit, date, HotspotMeasures.surveillanceCategoryOut(kind, before,
                                    RECLASSIFIED), 1);
                        }
                        ledger.add(unit, date, HotspotMeasures.surveillanceCategoryIn(kind, to.category(),
                                RECLASSIFIED), 1);
                    }
                    classification = to;
                }
                case RECORD_CLOSED -> {
                    if (open) {
                        flows(unit, date, token(entry.reason()), false);
                        open = false;
                    }
                }
                default -> {
                    // corrections are applied by the effective history
                }
            }
        }

        /** The kind's and the category's in ({@code in}) or out flow for {@code reason}. */
        private void flows(String at, LocalDate date, String reason, boolean in) {
            ledger.add(at, date, in ? HotspotMeasures.surveillanceIn(kind, reason)
                    : HotspotMeasures.surveillanceClosed(kind, reason), 1);
            if (classification != null) {
                String category = classification.category();
                ledger.add(at, date, in ? HotspotMeasures.surveillanceCategoryIn(kind, category, reason)
                        : HotspotMeasures.surveillanceCategoryOut(kind, category, reason), 1);
            }
        }

        /** The stock keys (unit, measure) the state holds. */
        Set<Held> stockKeys() {
            Set<Held> keys = new HashSet<>();
            if (!open) {
                return keys;
            }
            keys.add(new Held(unit, HotspotMeasures.surveillance(kind)));
            if (classification != null) {
                keys.add(new Held(unit, HotspotMeasures.surveillanceCategory(kind, classification.category())));
                if (classification.system() != null) {
                    keys.add(new Held(unit, HotspotMeasures.surveillanceBy(kind, SYSTEM, classification.system())));
                }
                if (classification.clazz() != null) {
                    keys.add(new Held(unit, HotspotMeasures.surveillanceBy(kind, CLASS, classification.clazz())));
                }
            }
            return keys;
        }
    }
}
