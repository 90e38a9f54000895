package vn.drugctl.reporting.hotspot.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.hotspots;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.hotspotsAdded;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.hotspotsCyberspace;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.hotspotsRemoved;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.hotspotsWatched;
import static vn.drugctl.reporting.hotspot.domain.TestHistory.OTHER_UNIT;
import static vn.drugctl.reporting.hotspot.domain.TestHistory.UNIT;
import static vn.drugctl.reporting.hotspot.domain.TestHistory.amount;
import static vn.drugctl.reporting.hotspot.domain.TestHistory.assertBalanced;
import static vn.drugctl.reporting.hotspot.domain.TestHistory.d;
import static vn.drugctl.reporting.hotspot.domain.TestHistory.datesOf;
import static vn.drugctl.reporting.hotspot.domain.TestHistory.map;
import static vn.drugctl.reporting.hotspot.domain.TestHistory.renumbered;
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

/** {@link HotspotProjector} on hand-made histories of synthetic hotspots, and on random histories. */
class HotspotProjectorTest {
    private static final String COMPLEX = "COMPLEX_POINT";
    private static final String CLUSTER = "CLUSTER";
    private static final String RISK = "RISK_POINT";
    private static final String DEALER = "RETAIL_DEALER";
    private static final List<String> KINDS = List.of(COMPLEX, CLUSTER, RISK, DEALER);
    private static final boolean LICENSED = true;
    private static final boolean UNLICENSED = false;

    private final HotspotProjector projector = new HotspotProjector();

    // ---------------------------------------------------------------- hand-made histories

    @Test
    void anAddedPointIsOnTheListOfItsKindAndFlagFromItsDate() {
        Hotspot h = new Hotspot("h1");
        h.added("2024-10-20", RISK, details(true, false), "NEWLY_FOUND_BY_REVIEW");

        Ledger ledger = projector.ledger(h.events);

        Ledger expected = Ledger.builder()
                .add(UNIT, d("2024-10-20"), hotspots(RISK, LICENSED), 1)
                .add(UNIT, d("2024-10-20"), hotspotsAdded(RISK, LICENSED, "NEWLY_FOUND_BY_REVIEW"), 1)
                .build();
        assertThat(ledger).isEqualTo(expected);
    }

    @Test
    void anEscalatedRiskPointMovesToComplexPointsOnItsDate() {
        Hotspot h = new Hotspot("h1");
        h.added("2024-01-10", RISK, details(true, false), "NEWLY_FOUND_BY_REVIEW");
        h.step("HotspotEscalated", "2024-11-05", "ACTIVITY_INCREASED", map("toKind", COMPLEX));

        Ledger ledger = projector.ledger(h.events);

        assertThat(amount(ledger, UNIT, "2024-11-05", hotspotsRemoved(RISK, LICENSED, "ESCALATED_TO_COMPLEX_POINT")))
                .isEqualTo(1);
        assertThat(amount(ledger, UNIT, "2024-11-05", hotspotsAdded(COMPLEX, LICENSED, "ESCALATED_FROM_RISK_POINT")))
                .isEqualTo(1);
        assertThat(stockOn(ledger, UNIT, hotspots(RISK, LICENSED), "2024-11-04")).isEqualTo(1);
        assertThat(stockOn(ledger, UNIT, hotspots(RISK, LICENSED), "2024-11-05")).isZero();
        assertThat(stockOn(ledger, UNIT, hotspots(COMPLEX, LICENSED), "2024-11-05")).isEqualTo(1);
        assertBalanced(ledger, hotspots(RISK, LICENSED));
        assertBalanced(ledger, hotspots(COMPLEX, LICENSED));
    }

    @Test
    void anEscalatedRetailDealerBecomesAnUnlicensedComplexPoint() {
        Hotspot h = new Hotspot("h1");
        h.added("2024-01-10", DEALER, details(false, false), "FOUND_BY_INVESTIGATION");
        h.step("HotspotEscalated", "2024-11-05", "MORE_PEOPLE_INVOLVED", map("toKind", COMPLEX));

        Ledger ledger = projector.ledger(h.events);

        assertThat(amount(ledger, UNIT, "2024-11-05",
                hotspotsRemoved(DEALER, UNLICENSED, "ESCALATED_TO_COMPLEX_POINT"))).isEqualTo(1);
        assertThat(amount(ledger, UNIT, "2024-11-05",
                hotspotsAdded(COMPLEX, UNLICENSED, "ESCALATED_FROM_RETAIL_DEALER"))).isEqualTo(1);
        assertThat(stockOn(ledger, UNIT, hotspots(COMPLEX, UNLICENSED), "2024-12-31")).isEqualTo(1);
    }

    @Test
    void aNeutralisedPointLeavesTheListAndIsWatched() {
        Hotspot h = new Hotspot("h1");
        h.added("2024-01-10", CLUSTER, details(false, false), "REPORTED_BY_PUBLIC");
        h.step("HotspotNeutralised", "2024-11-20", "REGULAR_PATROL_AND_CONTROL", map());

        Ledger ledger = projector.ledger(h.events);

        assertThat(amount(ledger, UNIT, "2024-11-20", hotspotsRemoved(CLUSTER, UNLICENSED, "NEUTRALISED")))
                .isEqualTo(1);
        assertThat(amount(ledger, UNIT, "2024-11-20", hotspots(CLUSTER, UNLICENSED))).isEqualTo(-1);
        assertThat(amount(ledger, UNIT, "2024-11-20", hotspotsWatched(CLUSTER))).isEqualTo(1);
        assertBalanced(ledger, hotspots(CLUSTER, UNLICENSED));
    }

    @Test
    void anEradicatedPointIsWatchedUntilItIsReactivated() {
        Hotspot h = new Hotspot("h1");
        h.added("2024-01-10", COMPLEX, details(true, false), "FOUND_BY_INVESTIGATION");
        h.step("HotspotEradicated", "2024-03-01", "DISMANTLED_BY_ARREST",
                map("incidentIds", List.of("inc-1"), "decisionRefs", List.of()));
        h.step("HotspotReactivated", "2024-09-01", "ACTIVITY_RESUMED",
                map("matchedOn", List.of("ADDRESS"), "reportedDetails", details(true, false)));

        Ledger ledger = projector.ledger(h.events);

        Ledger expected = Ledger.builder()
                .add(UNIT, d("2024-01-10"), hotspots(COMPLEX, LICENSED), 1)
                .add(UNIT, d("2024-01-10"), hotspotsAdded(COMPLEX, LICENSED, "FOUND_BY_INVESTIGATION"), 1)
                .add(UNIT, d("2024-03-01"), hotspots(COMPLEX, LICENSED), -1)
                .add(UNIT, d("2024-03-01"), hotspotsRemoved(COMPLEX, LICENSED, "ERADICATED"), 1)
                .add(UNIT, d("2024-03-01"), hotspotsWatched(COMPLEX), 1)
                .add(UNIT, d("2024-09-01"), hotspots(COMPLEX, LICENSED), 1)
                .add(UNIT, d("2024-09-01"), hotspotsAdded(COMPLEX, LICENSED, "REACTIVATED"), 1)
                .add(UNIT, d("2024-09-01"), hotspotsWatched(COMPLEX), -1)
                .build();
        assertThat(ledger).isEqualTo(expected);
    }

    @Test
    void aRemovedPointLeavesWithItsReasonAndIsNotWatched() {
        Hotspot h = new Hotspot("h1");
        h.added("2024-01-10", RISK, details(false, false), "NEWLY_FOUND_BY_REVIEW");
        h.step("HotspotNeutralised", "2024-02-01", "ADMINISTRATIVE_MEASURES", map());
        h.step("HotspotReactivated", "2024-03-01", "NEW_REPORT_AT_SAME_PLACE", map("matchedOn", List.of()));
        h.step("HotspotRemoved", "2024-04-01", "WRONGLY_LISTED", map());

        Ledger ledger = projector.ledger(h.events);

        assertThat(amount(ledger, UNIT, "2024-04-01", hotspotsRemoved(RISK, UNLICENSED, "REMOVED_WRONGLY_LISTED")))
                .isEqualTo(1);
        assertThat(stockOn(ledger, UNIT, hotspots(RISK, UNLICENSED), "2024-04-01")).isZero();
        assertThat(stockOn(ledger, UNIT, hotspotsWatched(RISK), "2024-02-15")).isEqualTo(1);
        assertThat(stockOn(ledger, UNIT, hotspotsWatched(RISK), "2024-04-01")).isZero();
        assertBalanced(ledger, hotspots(RISK, UNLICENSED));
    }

    @Test
    void aDetailsChangeFlippingTheLicensedFlagMovesAnActivePointBetweenFlags() {
        Hotspot h = new Hotspot("h1");
        h.added("2024-01-10", RISK, details(false, false), "NEWLY_FOUND_BY_REVIEW");
        h.detailsChanged("2024-05-01", details(true, false)); // the place turned out to be a karaoke
        h.step("HotspotNeutralised", "2024-06-01", "BUSINESS_CLOSED", map());
        h.detailsChanged("2024-07-01", details(false, false)); // not active: no flow

        Ledger ledger = projector.ledger(h.events);

        assertThat(amount(ledger, UNIT, "2024-05-01", hotspotsRemoved(RISK, UNLICENSED, "DETAILS_CHANGED")))
                .isEqualTo(1);
        assertThat(amount(ledger, UNIT, "2024-05-01", hotspotsAdded(RISK, LICENSED, "DETAILS_CHANGED")))
                .isEqualTo(1);
        assertThat(stockOn(ledger, UNIT, hotspots(RISK, UNLICENSED), "2024-05-01")).isZero();
        assertThat(stockOn(ledger, UNIT, hotspots(RISK, LICENSED), "2024-05-01")).isEqualTo(1);
        assertThat(amount(ledger, UNIT, "2024-06-01", hotspotsRemoved(RISK, LICENSED, "NEUTRALISED"))).isEqualTo(1);
        assertThat(ledger.amounts().keySet()).noneMatch(k -> k.date().equals(d("2024-07-01")));
        assertBalanced(ledger, hotspots(RISK, UNLICENSED));
        assertBalanced(ledger, hotspots(RISK, LICENSED));
    }

    @Test
    void aDetailsChangeKeepingTheFlagWritesNothing() {
        Hotspot h = new Hotspot("h1");
        h.added("2024-01-10", RISK, details(true, false), "NEWLY_FOUND_BY_REVIEW");
        Ledger before = projector.ledger(h.events);
        h.detailsChanged("2024-05-01", details(true, false));

        assertThat(projector.ledger(h.events)).isEqualTo(before);
    }

    @Test
    void anActivePointOnCyberspaceIsInTheCyberspaceStock() {
        Hotspot h = new Hotspot("h1");
        h.added("2024-01-10", DEALER, details(false, true), "FOUND_BY_INVESTIGATION");
        h.step("HotspotEradicated", "2024-02-10", "DISMANTLED_BY_ARREST", map("incidentIds", List.of("inc-7")));

        Ledger ledger = projector.ledger(h.events);

        assertThat(amount(ledger, UNIT, "2024-01-10", hotspotsCyberspace(DEALER))).isEqualTo(1);
        assertThat(amount(ledger, UNIT, "2024-02-10", hotspotsCyberspace(DEALER))).isEqualTo(-1);
    }

    @Test
    void aVoidedStepLeavesTheLedgerAsIfItNeverHappened() {
        Hotspot h = new Hotspot("h1");
        h.added("2024-01-10", RISK, details(true, false), "NEWLY_FOUND_BY_REVIEW");
        ProjectedEvent wrong = h.step("HotspotNeutralised", "2024-03-01", "ADMINISTRATIVE_MEASURES", map());
        h.detailsChanged("2024-04-01", details(true, true));
        h.corrected("2024-04-10", wrong, true, null, null);

        Hotspot never = new Hotspot("h1");
        never.added("2024-01-10", RISK, details(true, false), "NEWLY_FOUND_BY_REVIEW");
        never.detailsChanged("2024-04-01", details(true, true));

        assertThat(projector.ledger(h.events)).isEqualTo(projector.ledger(never.events));
        assertThat(projector.ledger(h.events).amounts().keySet()).noneMatch(k -> k.measure().startsWith("HW:"));
    }

    @Test
    void aReDatedStepOrACorrectedReasonIsCountedAsIfRecordedSo() {
        Hotspot h = new Hotspot("h1");
        ProjectedEvent added = h.added("2024-01-10", RISK, details(true, false), "NEWLY_FOUND_BY_REVIEW");
        ProjectedEvent removed = h.step("HotspotRemoved", "2024-03-01", "DUPLICATE", map());
        h.corrected("2024-04-01", removed, false, "2024-02-20", "NO_LONGER_ACTIVE");
        h.corrected("2024-04-02", added, false, "2024-01-05", "REPORTED_BY_PUBLIC");

        Hotspot asIf = new Hotspot("h1");
        asIf.added("2024-01-05", RISK, details(true, false), "REPORTED_BY_PUBLIC");
        asIf.step("HotspotRemoved", "2024-02-20", "NO_LONGER_ACTIVE", map());

        Ledger ledger = projector.ledger(h.events);
        assertThat(ledger).isEqualTo(projector.ledger(asIf.events));
        assertThat(amount(ledger, UNIT, "2024-02-20", hotspotsRemoved(RISK, LICENSED, "REMOVED_NO_LONGER_ACTIVE")))
                .isEqualTo(1);
        assertThat(ledger.amounts().keySet()).noneMatch(k -> k.measure().contains("DUPLICATE"));
    }

    @Test
    void theLatestCorrectionOfAnEntryIsInForceAndTheAdditionIsNeverVoided() {
        Hotspot h = new Hotspot("h1");
        ProjectedEvent added = h.added("2024-01-10", RISK, details(true, false), "NEWLY_FOUND_BY_REVIEW");
        ProjectedEvent step = h.step("HotspotNeutralised", "2024-03-01", "ADMINISTRATIVE_MEASURES", map());
        h.corrected("2024-04-01", step, true, null, null);
        h.corrected("2024-04-02", step, false, "2024-03-15", null); // un-voids and re-dates
        h.corrected("2024-04-03", added, true, null, null);

        Ledger ledger = projector.ledger(h.events);

        assertThat(amount(ledger, UNIT, "2024-01-10", hotspots(RISK, LICENSED))).isEqualTo(1);
        assertThat(amount(ledger, UNIT, "2024-03-15", hotspotsRemoved(RISK, LICENSED, "NEUTRALISED"))).isEqualTo(1);
        assertThat(amount(ledger, UNIT, "2024-03-01", hotspotsRemoved(RISK, LICENSED, "NEUTRALISED"))).isZero();
    }

    @Test
    void aChangeOfManagingUnitWhileActiveIsATransfer() {
        Hotspot h = new Hotspot("h1");
        h.added("2024-01-10", RISK, details(false, false), "NEWLY_FOUND_BY_REVIEW");
        h.unit = OTHER_UNIT;
        h.detailsChanged("2024-03-01", details(false, false));

        Ledger ledger = projector.ledger(h.events);

        assertThat(amount(ledger, UNIT, "2024-03-01", hotspotsRemoved(RISK, UNLICENSED, "TRANSFERRED_OUT")))
                .isEqualTo(1);
        assertThat(amount(ledger, OTHER_UNIT, "2024-03-01", hotspotsAdded(RISK, UNLICENSED, "TRANSFERRED_IN")))
                .isEqualTo(1);
        assertBalanced(ledger, hotspots(RISK, UNLICENSED));
    }

    @Test
    void unknownTypesOtherSchemaVersionsRepeatedEventsAndAMissingAdditionAreIgnored() {
        Hotspot h = new Hotspot("h1");
        ProjectedEvent added = h.added("2024-01-10", RISK, details(true, false), "NEWLY_FOUND_BY_REVIEW");
        Ledger before = projector.ledger(h.events);
        h.add("HotspotTeleported", 1, "2024-02-01", map("where", "moon"));
        h.add("HotspotRemoved", 2, "2024-02-02", map("reason", "DUPLICATE"));
        List<ProjectedEvent> withRepeat = new ArrayList<>(h.events);
        withRepeat.add(added);

        assertThat(projector.ledger(h.events)).isEqualTo(before);
        assertThat(projector.ledger(withRepeat)).isEqualTo(before);
        assertThat(projector.ledger(h.events.subList(1, h.events.size()))).isEqualTo(Ledger.EMPTY);
        assertThat(projector.ledger(List.of())).isEqualTo(Ledger.EMPTY);
    }

    @Test
    void seed000RiskPointsInLicensedBusinesses14Plus0Minus2Is12() {
        // 14 licensed risk points on 15/10/2024; one escalated to a complex point, one neutralised before 07/12/2024
        Ledger.Builder district = Ledger.builder();
        for (int i = 0; i < 14; i++) {
            Hotspot h = new Hotspot("risk-" + i);
            h.added("2024-0" + (1 + i % 9) + "-10", RISK, details(true, false), "NEWLY_FOUND_BY_REVIEW");
            if (i == 3) {
                h.step("HotspotEscalated", "2024-11-05", "ACTIVITY_INCREASED", map("toKind", COMPLEX));
            }
            if (i == 7) {
                h.step("HotspotNeutralised", "2024-11-20", "ADMINISTRATIVE_MEASURES", map());
            }
            projector.ledger(h.events).amounts().forEach(district::add);
        }
        Ledger ledger = district.build();
        LocalDate from = d("2024-10-15");
        LocalDate to = d("2024-12-07");
        String stock = hotspots(RISK, LICENSED);
        long baseline = sumUpTo(ledger, UNIT, from.minusDays(1), stock::equals);
        long added = sumUpTo(ledger, UNIT, to, m -> m.startsWith(stock + ":in:"))
                - sumUpTo(ledger, UNIT, from.minusDays(1), m -> m.startsWith(stock + ":in:"));
        long removed = sumUpTo(ledger, UNIT, to, m -> m.startsWith(stock + ":out:"))
                - sumUpTo(ledger, UNIT, from.minusDays(1), m -> m.startsWith(stock + ":out:"));
        long current = sumUpTo(ledger, UNIT, to, stock::equals);
        assertThat(List.of(baseline, added, removed, current)).containsExactly(14L, 0L, 2L, 12L);
        assertThat(sumUpTo(ledger, UNIT, to, hotspots(COMPLEX, LICENSED)::equals)).isEqualTo(1);
    }

    @Test
    void measureNamesAreTheAgreedOnes() {
        assertThat(hotspots(RISK, true)).isEqualTo("H:RISK_POINT:LICENSED");
        assertThat(hotspots(RISK, false)).isEqualTo("H:RISK_POINT:UNLICENSED");
        assertThat(hotspotsAdded(COMPLEX, false, "ESCALATED_FROM_RISK_POINT"))
                .isEqualTo("H:COMPLEX_POINT:UNLICENSED:in:ESCALATED_FROM_RISK_POINT");
        assertThat(hotspotsRemoved(CLUSTER, true, "REMOVED_DUPLICATE"))
                .isEqualTo("H:CLUSTER:LICENSED:out:REMOVED_DUPLICATE");
        assertThat(hotspotsWatched(DEALER)).isEqualTo("HW:RETAIL_DEALER");
        assertThat(hotspotsCyberspace(DEALER)).isEqualTo("HC:RETAIL_DEALER");
        assertThat(HotspotMeasures.token("a b.c$")).isEqualTo("a_b_c_");
        assertThat(HotspotMeasures.token(null)).isEqualTo("UNKNOWN");
    }

    // ---------------------------------------------------------------- random histories

    @Nested
    class RandomHistories {
        private static final int HISTORIES = 500;

        @Test
        void everyKindAndFlagBalancesOnEveryDate() {
            Random random = new Random(20241207L);
            Map<String, Integer> seen = new TreeMap<>();
            for (int i = 0; i < HISTORIES; i++) {
                List<ProjectedEvent> events = randomHistory(random, "h" + i);
                Ledger ledger = projector.ledger(events);
                for (String kind : KINDS) {
                    for (boolean licensed : List.of(true, false)) {
                        assertBalanced(ledger, hotspots(kind, licensed));
                    }
                }
                assertAtMostOneStockHeld(ledger);
                for (String what : List.of(":in:ESCALATED_FROM_", ":in:REACTIVATED", ":out:REMOVED_",
                        ":DETAILS_CHANGED", "TRANSFERRED_OUT", "HC:", "HW:")) {
                    if (ledger.amounts().keySet().stream().anyMatch(k -> k.measure().contains(what))) {
                        seen.merge(what, 1, Integer::sum);
                    }
                }
                if (events.stream().anyMatch(e -> e.eventType().equals("HotspotEntryCorrected"))) {
                    seen.merge("corrected", 1, Integer::sum);
                }
            }
            // the generator reaches the cases the balance is about
            assertThat(seen).hasSize(8).allSatisfy((what, histories) -> assertThat(histories).as(what)
                    .isGreaterThan(HISTORIES / 50));
        }

        @Test
        void correctionsCountTheSameEarlyOrLateInSequence() {
            Random random = new Random(689L);
            int differing = 0;
            for (int i = 0; i < HISTORIES; i++) {
                List<ProjectedEvent> events = randomHistory(random, "h" + i);
                List<ProjectedEvent> early = correctionsRightAfterTheirTarget(events, "HotspotEntryCorrected");
                List<ProjectedEvent> late = correctionsLast(events, "HotspotEntryCorrected");
                differing += early.equals(late) ? 0 : 1;
                assertThat(projector.ledger(early)).as("history %d", i).isEqualTo(projector.ledger(late));
            }
            assertThat(differing).isGreaterThan(HISTORIES / 4);
        }

        /** A point holds at most one H, HW and HC key at a time, and HC only with an H of the same kind. */
        private void assertAtMostOneStockHeld(Ledger ledger) {
            for (String unit : unitsOf(ledger)) {
                for (LocalDate date : datesOf(ledger)) {
                    long active = sumUpTo(ledger, unit, date, m -> m.startsWith("H:") && !m.contains(":in:")
                            && !m.contains(":out:"));
                    long watched = sumUpTo(ledger, unit, date, m -> m.startsWith("HW:"));
                    assertThat(active + watched).as("%s on %s", unit, date).isBetween(0L, 1L);
                    for (String kind : KINDS) {
                        long cyber = sumUpTo(ledger, unit, date, hotspotsCyberspace(kind)::equals);
                        long ofKind = sumUpTo(ledger, unit, date, m -> m.equals(hotspots(kind, true))
                                || m.equals(hotspots(kind, false)));
                        assertThat(cyber).isBetween(0L, ofKind);
                    }
                }
            }
        }
    }

    static List<ProjectedEvent> correctionsRightAfterTheirTarget(List<ProjectedEvent> events, String type) {
        List<ProjectedEvent> out = new ArrayList<>();
        for (ProjectedEvent e : events) {
            if (!e.eventType().equals(type)) {
                out.add(e);
                for (ProjectedEvent c : events) {
                    if (c.eventType().equals(type) && e.eventId().equals(c.text("correctsEventId"))) {
                        out.add(c);
                    }
                }
            }
        }
        return renumbered(out);
    }

    static List<ProjectedEvent> correctionsLast(List<ProjectedEvent> events, String type) {
        List<ProjectedEvent> out = new ArrayList<>();
        events.stream().filter(e -> !e.eventType().equals(type)).forEach(out::add);
        events.stream().filter(e -> e.eventType().equals(type)).forEach(out::add);
        return renumbered(out);
    }

    /**
     * A random history: mostly plausible steps, with steps the service would refuse (neutralising a removed point,
     * escalating a watched one), back-dated entries, unit changes, details flipping the flags and corrections.
     */
    private static List<ProjectedEvent> randomHistory(Random r, String id) {
        Hotspot h = new Hotspot(id);
        List<String> units = List.of(UNIT, OTHER_UNIT);
        h.unit = units.get(r.nextInt(units.size()));
        LocalDate day = d("2024-01-01").plusDays(r.nextInt(60));
        h.added(day.toString(), KINDS.get(r.nextInt(KINDS.size())), details(r.nextBoolean(), r.nextInt(4) == 0),
                pick(r, "NEWLY_FOUND_BY_REVIEW", "REPORTED_BY_PUBLIC", "FOUND_BY_INVESTIGATION"));
        List<ProjectedEvent> correctable = new ArrayList<>(h.events);
        int n = 2 + r.nextInt(20);
        for (int i = 0; i < n; i++) {
            if (r.nextInt(10) == 0) {
                h.unit = units.get(r.nextInt(units.size()));
            }
            day = day.plusDays(r.nextInt(4) == 0 ? 0 : r.nextInt(40));
            LocalDate at = r.nextInt(6) == 0 ? day.minusDays(1 + r.nextInt(90)) : day;
            String date = at.toString();
            ProjectedEvent e = switch (r.nextInt(7)) {
                case 0 -> h.detailsChanged(date, details(r.nextBoolean(), r.nextInt(3) == 0));
                case 1 -> h.step("HotspotEscalated", date, "ACTIVITY_INCREASED", map("toKind", COMPLEX));
                case 2 -> h.step("HotspotNeutralised", date, "ADMINISTRATIVE_MEASURES", map());
                case 3 -> h.step("HotspotEradicated", date, "DISMANTLED_BY_ARREST", map("incidentIds", List.of()));
                case 4 -> h.step("HotspotRemoved", date, pick(r, "DUPLICATE", "NO_LONGER_ACTIVE", "DEALER_DIED"),
                        map());
                default -> h.step("HotspotReactivated", date, "ACTIVITY_RESUMED", map("matchedOn", List.of()));
            };
            correctable.add(e);
            if (r.nextInt(4) == 0) {
                ProjectedEvent target = correctable.get(r.nextInt(correctable.size()));
                int kind = r.nextInt(3);
                h.corrected(day.toString(), target, kind == 0,
                        kind == 1 ? target.businessDate().plusDays(r.nextInt(61) - 30).toString() : null,
                        kind == 2 ? pick(r, "PROSECUTED", "DUPLICATE", "WRONGLY_LISTED") : null);
            }
        }
        return h.events;
    }

    private static String pick(Random r, String... values) {
        return values[r.nextInt(values.length)];
    }

    // ---------------------------------------------------------------- helpers

    /** Details of a synthetic point: a licensed karaoke or a plain address, on cyberspace or not. */
    private static Map<String, Object> details(boolean licensed, boolean cyberspace) {
        return map("name", "Điểm mẫu (dữ liệu mẫu)",
                "address", map("road", "Đường Mẫu", "village", "Thôn Mẫu", "unitCode", UNIT, "coordinates", null),
                "licensedBusiness", licensed ? map("kind", "KARAOKE", "businessName", "Karaoke Mẫu",
                        "licenceNumber", "GP-0001") : null,
                "cyberspace", cyberspace ? map("platform", "ZALO", "handle", "nhom-mau", "groupLink", null) : null,
                "dealer", null, "peopleInvolved", List.of(), "evidenceNotes", null, "officerInCharge", "Cán bộ Mẫu");
    }

    /** One synthetic hotspot's events. */
    private static final class Hotspot extends TestHistory {
        Hotspot(String id) {
            super("hotspotId", id);
        }

        ProjectedEvent added(String date, String kind, Map<String, Object> details, String reason) {
            return add("HotspotAdded", date, map("kind", kind, "details", details, "reason", reason,
                    "documentRef", "BC 12/BC-CAX", "note", null, "ruleSet", "hd-689-2023", "overruledMatch", null));
        }

        ProjectedEvent detailsChanged(String date, Map<String, Object> details) {
            return add("HotspotDetailsChanged", date, map("changedFields", List.of("licensedBusiness"),
                    "details", details, "note", null));
        }

        ProjectedEvent step(String type, String date, String reason, Map<String, Object> fields) {
            Map<String, Object> f = map("reason", reason, "documentRef", null, "note", null,
                    "ruleSet", "hd-689-2023");
            f.putAll(fields);
            return add(type, date, f);
        }

        ProjectedEvent corrected(String date, ProjectedEvent target, boolean voided, String correctedDate,
                                 String correctedReason) {
            return add("HotspotEntryCorrected", date, map("correctsEventId", target.eventId(),
                    "correctsEventType", target.eventType(), "voided", voided,
                    "correctedBusinessDate", correctedDate, "correctedReason", correctedReason,
                    "correctedDocumentRef", null, "note", "nhập sai"));
        }
    }
}
