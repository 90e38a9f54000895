package vn.drugctl.reporting.hotspot.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.CLASS;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.SYSTEM;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.surveillance;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.surveillanceBy;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.surveillanceCategory;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.surveillanceCategoryIn;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.surveillanceCategoryOut;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.surveillanceClosed;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.surveillanceOpened;
import static vn.drugctl.reporting.hotspot.domain.TestHistory.OTHER_UNIT;
import static vn.drugctl.reporting.hotspot.domain.TestHistory.UNIT;
import static vn.drugctl.reporting.hotspot.domain.TestHistory.amount;
import static vn.drugctl.reporting.hotspot.domain.TestHistory.assertBalanced;
import static vn.drugctl.reporting.hotspot.domain.TestHistory.d;
import static vn.drugctl.reporting.hotspot.domain.TestHistory.datesOf;
import static vn.drugctl.reporting.hotspot.domain.TestHistory.map;
import static vn.drugctl.reporting.hotspot.domain.TestHistory.stockOn;
import static vn.drugctl.reporting.hotspot.domain.TestHistory.sumUpTo;
import static vn.drugctl.reporting.hotspot.domain.TestHistory.unitsOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import vn.drugctl.reporting.ledger.domain.Ledger;
import vn.drugctl.reporting.ledger.domain.ProjectedEvent;

/** {@link SurveillanceProjector} on hand-made histories of synthetic records, and on random histories. */
class SurveillanceProjectorTest {
    private static final String SUU_TRA = "SUU_TRA";
    private static final String HIEM_NGHI = "HIEM_NGHI";
    private static final String CYBER = "HIEM_NGHI_CYBERSPACE";
    private static final String CHUYEN_AN = "CHUYEN_AN";
    private static final List<String> KINDS = List.of(SUU_TRA, HIEM_NGHI, CYBER, CHUYEN_AN);
    private static final List<String> CATEGORIES = List.of("DM1", "DM2", "DM3");

    private final SurveillanceProjector projector = new SurveillanceProjector();

    // ---------------------------------------------------------------- hand-made histories

    @Test
    void anOpenedRecordIsInItsKindCategorySystemAndClassFromItsDate() {
        Record r = new Record("r1");
        r.opened("2024-10-20", SUU_TRA, classification("DM1", "H2", "A"));

        Ledger ledger = projector.ledger(r.events);

        LocalDate day = d("2024-10-20");
        Ledger expected = Ledger.builder()
                .add(UNIT, day, surveillance(SUU_TRA), 1)
                .add(UNIT, day, surveillanceOpened(SUU_TRA), 1)
                .add(UNIT, day, surveillanceCategory(SUU_TRA, "DM1"), 1)
                .add(UNIT, day, surveillanceCategoryIn(SUU_TRA, "DM1", "OPENED"), 1)
                .add(UNIT, day, surveillanceBy(SUU_TRA, SYSTEM, "H2"), 1)
                .add(UNIT, day, surveillanceBy(SUU_TRA, CLASS, "A"), 1)
                .build();
        assertThat(ledger).isEqualTo(expected);
    }

    @Test
    void aReclassificationMovesTheRecordBetweenCategoriesAndAClosingTakesItOut() {
        Record r = new Record("r1");
        r.opened("2024-01-10", SUU_TRA, classification("DM1", "H2", "A"));
        r.reclassified("2024-11-01", classification("DM1", "H2", "A"), classification("DM2", "H3", "A"));
        r.closed("2024-11-25", "PROSECUTED");

        Ledger ledger = projector.ledger(r.events);

        assertThat(amount(ledger, UNIT, "2024-11-01", surveillanceCategoryOut(SUU_TRA, "DM1", "RECLASSIFIED")))
                .isEqualTo(1);
        assertThat(amount(ledger, UNIT, "2024-11-01", surveillanceCategoryIn(SUU_TRA, "DM2", "RECLASSIFIED")))
                .isEqualTo(1);
        assertThat(amount(ledger, UNIT, "2024-11-01", surveillance(SUU_TRA))).isZero();
        assertThat(amount(ledger, UNIT, "2024-11-01", surveillanceBy(SUU_TRA, SYSTEM, "H2"))).isEqualTo(-1);
        assertThat(amount(ledger, UNIT, "2024-11-01", surveillanceBy(SUU_TRA, SYSTEM, "H3"))).isEqualTo(1);
        assertThat(amount(ledger, UNIT, "2024-11-01", surveillanceBy(SUU_TRA, CLASS, "A"))).isZero();
        assertThat(amount(ledger, UNIT, "2024-11-25", surveillanceClosed(SUU_TRA, "PROSECUTED"))).isEqualTo(1);
        assertThat(amount(ledger, UNIT, "2024-11-25", surveillanceCategoryOut(SUU_TRA, "DM2", "PROSECUTED")))
                .isEqualTo(1);
        assertThat(stockOn(ledger, UNIT, surveillance(SUU_TRA), "2024-11-24")).isEqualTo(1);
        assertThat(stockOn(ledger, UNIT, surveillance(SUU_TRA), "2024-11-25")).isZero();
        assertThat(stockOn(ledger, UNIT, surveillanceCategory(SUU_TRA, "DM2"), "2024-11-25")).isZero();
        assertBalanced(ledger, surveillance(SUU_TRA));
        for (String category : CATEGORIES) {
            assertBalanced(ledger, surveillanceCategory(SUU_TRA, category));
        }
    }

    @Test
    void aReclassificationKeepingTheCategoryWritesNoCategoryFlow() {
        Record r = new Record("r1");
        r.opened("2024-01-10", SUU_TRA, classification("DM3", "H2", "B"));
        r.reclassified("2024-02-01", classification("DM1", "H9", "A"), classification("DM3", "H2", "A"));

        Ledger ledger = projector.ledger(r.events);

        assertThat(ledger.amounts().keySet()).noneMatch(k -> k.measure().contains("RECLASSIFIED"));
        assertThat(amount(ledger, UNIT, "2024-02-01", surveillanceBy(SUU_TRA, CLASS, "B"))).isEqualTo(-1);
        assertThat(amount(ledger, UNIT, "2024-02-01", surveillanceBy(SUU_TRA, CLASS, "A"))).isEqualTo(1);
    }

    @Test
    void voidingTheClosingReopensTheRecord() {
        Record r = new Record("r1");
        r.opened("2024-01-10", SUU_TRA, classification("DM1", "H2", "A"));
        ProjectedEvent closing = r.closed("2024-11-25", "NO_LONGER_SUSPECTED");
        r.corrected("2024-12-01", closing, true, null);

        Record never = new Record("r1");
        never.opened("2024-01-10", SUU_TRA, classification("DM1", "H2", "A"));

        Ledger ledger = projector.ledger(r.events);
        assertThat(ledger).isEqualTo(projector.ledger(never.events));
        assertThat(stockOn(ledger, UNIT, surveillanceCategory(SUU_TRA, "DM1"), "2024-12-31")).isEqualTo(1);
    }

    @Test
    void aReDatedEntryCountsAtItsCorrectedDate() {
        Record r = new Record("r1");
        r.opened("2024-01-10", SUU_TRA, classification("DM1", "H2", "A"));
        ProjectedEvent reclassified = r.reclassified("2024-11-01", classification("DM1", "H2", "A"),
                classification("DM2", "H2", "A"));
        ProjectedEvent closing = r.closed("2024-11-25", "DIED");
        r.corrected("2024-12-01", closing, false, "2024-10-05");
        r.corrected("2024-12-02", reclassified, false, "2024-09-01");

        Record asIf = new Record("r1");
        asIf.opened("2024-01-10", SUU_TRA, classification("DM1", "H2", "A"));
        asIf.reclassified("2024-09-01", classification("DM1", "H2", "A"), classification("DM2", "H2", "A"));
        asIf.closed("2024-10-05", "DIED");

        Ledger ledger = projector.ledger(r.events);
        assertThat(ledger).isEqualTo(projector.ledger(asIf.events));
        assertThat(amount(ledger, UNIT, "2024-10-05", surveillanceCategoryOut(SUU_TRA, "DM2", "DIED")))
                .isEqualTo(1);
    }

    @Test
    void aRecordWithoutClassificationHasNoCategoryKeysUntilClassified() {
        Record r = new Record("r1");
        r.opened("2024-10-20", CYBER, null);
        r.closed("2024-11-20", "PROSECUTED");
        Record other = new Record("r2");
        other.opened("2024-10-20", HIEM_NGHI, null);
        other.reclassified("2024-11-01", null, classification("DM3", "H2", "B"));

        Ledger cyber = projector.ledger(r.events);
        Ledger classified = projector.ledger(other.events);

        assertThat(cyber.amounts().keySet()).noneMatch(k -> k.measure().contains(":cat:"))
                .noneMatch(k -> k.measure().contains(":by:"));
        assertThat(amount(cyber, UNIT, "2024-10-20", surveillanceOpened(CYBER))).isEqualTo(1);
        assertThat(amount(cyber, UNIT, "2024-11-20", surveillanceClosed(CYBER, "PROSECUTED"))).isEqualTo(1);
        assertThat(amount(classified, UNIT, "2024-11-01", surveillanceCategoryIn(HIEM_NGHI, "DM3", "RECLASSIFIED")))
                .isEqualTo(1);
        assertThat(amount(classified, UNIT, "2024-11-01", surveillanceCategory(HIEM_NGHI, "DM3"))).isEqualTo(1);
        assertBalanced(classified, surveillanceCategory(HIEM_NGHI, "DM3"));
    }

    @Test
    void aChangeOfUnitWhileOpenIsATransferOfTheKindAndTheCategory() {
        Record r = new Record("r1");
        r.opened("2024-01-10", SUU_TRA, classification("DM2", "H2", "A"));
        r.unit = OTHER_UNIT;
        r.closed("2024-06-01", "MOVED_AWAY");

        Ledger ledger = projector.ledger(r.events);

        assertThat(amount(ledger, UNIT, "2024-06-01", surveillanceClosed(SUU_TRA, "TRANSFERRED_OUT"))).isEqualTo(1);
        assertThat(amount(ledger, OTHER_UNIT, "2024-06-01", surveillanceCategoryIn(SUU_TRA, "DM2", "TRANSFERRED_IN")))
                .isEqualTo(1);
        assertThat(amount(ledger, OTHER_UNIT, "2024-06-01", surveillanceClosed(SUU_TRA, "MOVED_AWAY"))).isEqualTo(1);
        assertBalanced(ledger, surveillance(SUU_TRA));
        assertBalanced(ledger, surveillanceCategory(SUU_TRA, "DM2"));
    }

    @Test
    void unknownTypesOtherSchemaVersionsRepeatedEventsAndAMissingOpeningAreIgnored() {
        Record r = new Record("r1");
        ProjectedEvent opened = r.opened("2024-01-10", SUU_TRA, classification("DM1", "H2", "A"));
        Ledger before = projector.ledger(r.events);
        r.add("SurveillanceRecordArchived", 1, "2024-02-01", map());
        r.add("SurveillanceRecordClosed", 2, "2024-02-02", map("reason", "DIED"));
        List<ProjectedEvent> withRepeat = new ArrayList<>(r.events);
        withRepeat.add(opened);

        assertThat(projector.ledger(r.events)).isEqualTo(before);
        assertThat(projector.ledger(withRepeat)).isEqualTo(before);
        assertThat(projector.ledger(r.events.subList(1, r.events.size()))).isEqualTo(Ledger.EMPTY);
    }

    @Test
    void seed000CategoriesBalanceAsTheReportShouldHaveSaid() {
        // seed 000 printed "DM1 = 44 ... giảm 02 ... DM1 = 37": from the records, 44 + 0 - 2 = 42
        Ledger.Builder unit = Ledger.builder();
        for (int i = 0; i < 44; i++) {
            Record r = new Record("dm1-" + i);
            r.opened("2023-0" + (1 + i % 9) + "-15", SUU_TRA, classification("DM1", "H2", i % 2 == 0 ? "A" : "B"));
            if (i < 2) {
                r.closed("2024-11-" + (10 + i), i == 0 ? "PROSECUTED" : "MOVED_AWAY");
            }
            projector.ledger(r.events).amounts().forEach(unit::add);
        }
        Ledger ledger = unit.build();
        String dm1 = surveillanceCategory(SUU_TRA, "DM1");
        LocalDate baselineDay = d("2024-10-14");
        LocalDate to = d("2024-12-07");
        long baseline = sumUpTo(ledger, UNIT, baselineDay, dm1::equals);
        long added = sumUpTo(ledger, UNIT, to, m -> m.startsWith(dm1 + ":in:"))
                - sumUpTo(ledger, UNIT, baselineDay, m -> m.startsWith(dm1 + ":in:"));
        long removed = sumUpTo(ledger, UNIT, to, m -> m.startsWith(dm1 + ":out:"))
                - sumUpTo(ledger, UNIT, baselineDay, m -> m.startsWith(dm1 + ":out:"));
        long current = sumUpTo(ledger, UNIT, to, dm1::equals);
        assertThat(List.of(baseline, added, removed, current)).containsExactly(44L, 0L, 2L, 42L);
    }

    @Test
    void measureNamesAreTheAgreedOnes() {
        assertThat(surveillance(SUU_TRA)).isEqualTo("SV:SUU_TRA");
        assertThat(surveillanceOpened(CYBER)).isEqualTo("SV:HIEM_NGHI_CYBERSPACE:in:OPENED");
        assertThat(surveillanceClosed(SUU_TRA, "PROSECUTED")).isEqualTo("SV:SUU_TRA:out:PROSECUTED");
        assertThat(surveillanceCategory(SUU_TRA, "DM1")).isEqualTo("SV:SUU_TRA:cat:DM1");
        assertThat(surveillanceCategoryIn(SUU_TRA, "DM1", "OPENED")).isEqualTo("SV:SUU_TRA:cat:DM1:in:OPENED");
        assertThat(surveillanceCategoryOut(SUU_TRA, "DM1", "RECLASSIFIED"))
                .isEqualTo("SV:SUU_TRA:cat:DM1:out:RECLASSIFIED");
        assertThat(surveillanceBy(SUU_TRA, SYSTEM, "H2")).isEqualTo("SV:SUU_TRA:by:system:H2");
        assertThat(surveillanceBy(SUU_TRA, CLASS, "A")).isEqualTo("SV:SUU_TRA:by:class:A");
    }

    // ---------------------------------------------------------------- random histories

    @Nested
    class RandomHistories {
        private static final int HISTORIES = 500;

        @Test
        void everyKindAndCategoryBalancesOnEveryDate() {
            Random random = new Random(20241206L);
            Map<String, Integer> seen = new TreeMap<>();
            for (int i = 0; i < HISTORIES; i++) {
                List<ProjectedEvent> events = randomHistory(random, "r" + i);
                Ledger ledger = projector.ledger(events);
                for (String kind : KINDS) {
                    assertBalanced(ledger, surveillance(kind));
                    for (String category : CATEGORIES) {
                        assertBalanced(ledger, surveillanceCategory(kind, category));
                    }
                }
                assertBreakdownsWithinTheStock(ledger);
                for (String what : List.of(":in:RECLASSIFIED", ":out:RECLASSIFIED", ":out:PROSECUTED",
                        "TRANSFERRED_IN", ":by:system:")) {
                    if (ledger.amounts().keySet().stream().anyMatch(k -> k.measure().contains(what))) {
                        seen.merge(what, 1, Integer::sum);
                    }
                }
                if (events.stream().anyMatch(e -> e.eventType().equals("SurveillanceEntryCorrected"))) {
                    seen.merge("corrected", 1, Integer::sum);
                }
            }
            assertThat(seen).hasSize(6).allSatisfy((what, histories) -> assertThat(histories).as(what)
                    .isGreaterThan(HISTORIES / 50));
        }

        @Test
        void correctionsCountTheSameEarlyOrLateInSequence() {
            Random random = new Random(44L);
            int differing = 0;
            for (int i = 0; i < HISTORIES; i++) {
                List<ProjectedEvent> events = randomHistory(random, "r" + i);
                List<ProjectedEvent> early = HotspotProjectorTest.correctionsRightAfterTheirTarget(events,
                        "SurveillanceEntryCorrected");
                List<ProjectedEvent> late = HotspotProjectorTest.correctionsLast(events,
                        "SurveillanceEntryCorrected");
                differing += early.equals(late) ? 0 : 1;
                assertThat(projector.ledger(early)).as("history %d", i).isEqualTo(projector.ledger(late));
            }
            assertThat(differing).isGreaterThan(HISTORIES / 4);
        }

        /** Per kind, the category, system and class stocks are each at most the kind's stock. */
        private void assertBreakdownsWithinTheStock(Ledger ledger) {
            for (String unit : unitsOf(ledger)) {
                for (LocalDate date : datesOf(ledger)) {
                    for (String kind : KINDS) {
                        long open = sumUpTo(ledger, unit, date, surveillance(kind)::equals);
                        for (String part : List.of(":cat:", ":by:system:", ":by:class:")) {
                            String prefix = surveillance(kind) + part;
                            long inPart = sumUpTo(ledger, unit, date, m -> m.startsWith(prefix)
                                    && !m.contains(":in:") && !m.contains(":out:"));
                            assertThat(inPart).as("%s %s on %s", prefix, unit, date).isBetween(0L, open);
                        }
                    }
                }
            }
        }
    }

    /**
     * A random history: an opening with or without classification, reclassifications (with stale {@code from}),
     * closings (also of closed records), back-dated entries, unit changes and corrections.
     */
    private static List<ProjectedEvent> randomHistory(Random r, String id) {
        Record h = new Record(id);
        List<String> units = List.of(UNIT, OTHER_UNIT);
        h.unit = units.get(r.nextInt(units.size()));
        LocalDate day = d("2024-01-01").plusDays(r.nextInt(60));
        h.opened(day.toString(), KINDS.get(r.nextInt(KINDS.size())), r.nextInt(4) == 0 ? null : random(r));
        List<ProjectedEvent> correctable = new ArrayList<>();
        int n = 1 + r.nextInt(12);
        for (int i = 0; i < n; i++) {
            if (r.nextInt(10) == 0) {
                h.unit = units.get(r.nextInt(units.size()));
            }
            day = day.plusDays(r.nextInt(4) == 0 ? 0 : r.nextInt(40));
            LocalDate at = r.nextInt(6) == 0 ? day.minusDays(1 + r.nextInt(90)) : day;
            ProjectedEvent e = r.nextInt(3) == 0
                    ? h.closed(at.toString(), pick(r, "PROSECUTED", "DIED", "MOVED_AWAY", "NO_LONGER_SUSPECTED"))
                    : h.reclassified(at.toString(), random(r), random(r));
            correctable.add(e);
            if (r.nextInt(3) == 0) {
                ProjectedEvent target = correctable.get(r.nextInt(correctable.size()));
                boolean voided = r.nextBoolean();
                h.corrected(day.toString(), target, voided,
                        voided ? null : target.businessDate().plusDays(r.nextInt(61) - 30).toString());
            }
        }
        return h.events;
    }

    private static Map<String, Object> random(Random r) {
        return classification(CATEGORIES.get(r.nextInt(3)), "H" + (1 + r.nextInt(10)), r.nextBoolean() ? "A" : "B");
    }

    private static String pick(Random r, String... values) {
        return values[r.nextInt(values.length)];
    }

    // ---------------------------------------------------------------- helpers

    private static Map<String, Object> classification(String category, String system, String clazz) {
        return map("category", category, "system", system, "clazz", clazz);
    }

    /** One synthetic surveillance record's events. */
    private static final class Record extends TestHistory {
        Record(String id) {
            super("recordId", id);
        }

        ProjectedEvent opened(String date, String kind, Map<String, Object> classification) {
            return add("SurveillanceRecordOpened", date, map("kind", kind,
                    "subject", map("type", "PERSON", "personId", null, "fullName", "Trần Thị Mẫu (dữ liệu mẫu)",
                            "birthYear", 1990, "residence", "Thôn Mẫu", "groupName", null, "description", null,
                            "onlineAccount", null),
                    "classification", classification, "reason", "Có biểu hiện nghi vấn", "documentRef", null,
                    "ruleSetId", "sv-2024"));
        }

        ProjectedEvent reclassified(String date, Map<String, Object> from, Map<String, Object> to) {
            return add("SurveillanceRecordReclassified", date, map("from", from, "to", to,
                    "reason", "Đánh giá lại", "documentRef", null, "ruleSetId", "sv-2024"));
        }

        ProjectedEvent closed(String date, String reason) {
            return add("SurveillanceRecordClosed", date, map("reason", reason, "documentRef", null, "note", null,
                    "ruleSetId", "sv-2024"));
        }

        ProjectedEvent corrected(String date, ProjectedEvent target, boolean voided, String correctedDate) {
            return add("SurveillanceEntryCorrected", date, map("correctsEventId", target.eventId(),
                    "correctsEventType", target.eventType(), "voided", voided,
                    "correctedBusinessDate", correctedDate, "note", "nhập sai"));
        }
    }
}
