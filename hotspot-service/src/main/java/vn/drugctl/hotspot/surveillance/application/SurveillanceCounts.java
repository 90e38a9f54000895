package vn.drugctl.hotspot.surveillance.application;

import vn.drugctl.hotspot.surveillance.domain.Classification;
import vn.drugctl.hotspot.surveillance.domain.ClosingReason;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceKind;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceRecord;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceState;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceStatus;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts of seed 000 section 4 for the records of a scope: open at the end of {@code asOf} by kind, category,
 * system and class; and when a period is asked for, the records open at the end of the day before {@code from}
 * (baseline), those opened in {@code [from, asOf]} (increase, classified as opened) and those closed in it (decrease,
 * classified as they were when closed, and by reason). Per kind: {@code baseline + opened - closed = open}, since
 * every count comes from the same replayed histories.
 */
public record SurveillanceCounts(LocalDate asOf, LocalDate from, Map<SurveillanceKind, Breakdown> open,
                                 Map<SurveillanceKind, Breakdown> baseline, Map<SurveillanceKind, Breakdown> opened,
                                 Map<SurveillanceKind, Breakdown> closed) {

    /** One kind's count with its breakdowns; unclassified records count in {@code total} only. */
    public record Breakdown(long total, Map<String, Long> byCategory, Map<String, Long> bySystem,
                            Map<String, Long> byClass, Map<String, Long> byReason) {
        static Breakdown empty() {
            return new Breakdown(0, new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
        }

        Breakdown add(Classification c, ClosingReason reason) {
            if (c != null) {
                byCategory.merge(c.category().name(), 1L, Long::sum);
                bySystem.merge(c.system().name(), 1L, Long::sum);
                byClass.merge(c.clazz().name(), 1L, Long::sum);
            }
            if (reason != null) {
                byReason.merge(reason.name(), 1L, Long::sum);
            }
            return new Breakdown(total + 1, byCategory, bySystem, byClass, byReason);
        }
    }

    /** Collects the counts record by record. */
    static final class Counter {
        private final LocalDate asOf;
        private final LocalDate from;
        private final Map<SurveillanceKind, Breakdown> open = new EnumMap<>(SurveillanceKind.class);
        private final Map<SurveillanceKind, Breakdown> baseline = new EnumMap<>(SurveillanceKind.class);
        private final Map<SurveillanceKind, Breakdown> opened = new EnumMap<>(SurveillanceKind.class);
        private final Map<SurveillanceKind, Breakdown> closed = new EnumMap<>(SurveillanceKind.class);

        Counter(LocalDate asOf, LocalDate from) {
            this.asOf = asOf;
            this.from = from;
        }

        void count(SurveillanceRecord record) {
            SurveillanceState now = record.stateAsOf(asOf);
            if (now.status() == SurveillanceStatus.OPEN) {
                add(open, now.kind(), now.classification(), null);
            }
            if (from == null) {
                return;
            }
            SurveillanceState before = record.stateAsOf(from.minusDays(1));
            if (before.status() == SurveillanceStatus.OPEN) {
                add(baseline, before.kind(), before.classification(), null);
            }
            if (now.existed() && !now.openedOn().isBefore(from)) {
                add(opened, now.kind(), record.stateAsOf(now.openedOn()).classification(), null);
            }
            if (now.status() == SurveillanceStatus.CLOSED && !now.closedOn().isBefore(from)
                    && before.status() != SurveillanceStatus.CLOSED) {
                add(closed, now.kind(), now.classification(), now.closingReason());
            }
        }

        SurveillanceCounts result() {
            return new SurveillanceCounts(asOf, from, open, from == null ? null : baseline,
                    from == null ? null : opened, from == null ? null : closed);
        }

        private static void add(Map<SurveillanceKind, Breakdown> counts, SurveillanceKind kind, Classification c,
                                ClosingReason reason) {
            counts.put(kind, counts.getOrDefault(kind, Breakdown.empty()).add(c, reason));
        }
    }
}
