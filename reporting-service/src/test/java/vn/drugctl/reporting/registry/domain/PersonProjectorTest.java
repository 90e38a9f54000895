package vn.drugctl.reporting.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.drugctl.reporting.registry.domain.RegistryMeasures.BIRTH_YEAR;
import static vn.drugctl.reporting.registry.domain.RegistryMeasures.CATEGORY;
import static vn.drugctl.reporting.registry.domain.RegistryMeasures.CLASS;
import static vn.drugctl.reporting.registry.domain.RegistryMeasures.DOSSIER;
import static vn.drugctl.reporting.registry.domain.RegistryMeasures.LOCATION;
import static vn.drugctl.reporting.registry.domain.RegistryMeasures.METHADONE;
import static vn.drugctl.reporting.registry.domain.RegistryMeasures.MOVED_FROM_ANOTHER_LIST;
import static vn.drugctl.reporting.registry.domain.RegistryMeasures.MOVED_TO_ANOTHER_LIST;
import static vn.drugctl.reporting.registry.domain.RegistryMeasures.PRIOR_CONVICTION;
import static vn.drugctl.reporting.registry.domain.RegistryMeasures.PRIOR_VIOLATION;
import static vn.drugctl.reporting.registry.domain.RegistryMeasures.SYSTEM;
import static vn.drugctl.reporting.registry.domain.RegistryMeasures.TRANSFERRED_IN;
import static vn.drugctl.reporting.registry.domain.RegistryMeasures.TRANSFERRED_OUT;
import static vn.drugctl.reporting.registry.domain.RegistryMeasures.added;
import static vn.drugctl.reporting.registry.domain.RegistryMeasures.by;
import static vn.drugctl.reporting.registry.domain.RegistryMeasures.moved;
import static vn.drugctl.reporting.registry.domain.RegistryMeasures.removed;
import static vn.drugctl.reporting.registry.domain.RegistryMeasures.stock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import vn.drugctl.reporting.ledger.domain.Ledger;
import vn.drugctl.reporting.ledger.domain.LedgerKey;
import vn.drugctl.reporting.ledger.domain.ProjectedEvent;

/** {@link PersonProjector} on hand-made histories of synthetic people, and on random histories. */
class PersonProjectorTest {
    private static final String UNIT = "HN-BL-VUBAN";
    private static final String OTHER_UNIT = "HN-BL-XAMAI";
    private static final String SU = "SUSPECTED_USER";
    private static final String IU = "ILLEGAL_USER";
    private static final String ADDICT = "ADDICT";
    private static final String SA = "SUSPECTED_ADDICT";
    private static final String PR = "POST_REHAB";
    private static final List<String> LISTS = List.of(ADDICT, IU, SA, SU, PR);

    private final PersonProjector projector = new PersonProjector();

    // ---------------------------------------------------------------- hand-made histories

    @Test
    void registrationOntoSuspectedUserThenPositiveTestMovesToIllegalUser() {
        History h = new History();
        h.registered("2024-01-10", 1990);
        h.moved("2024-01-15", null, SU, "NEWLY_FOUND_BY_REVIEW");
        h.drugTest("2024-03-01", "POSITIVE");
        h.moved("2024-03-01", SU, IU, "POSITIVE_TEST");

        Ledger ledger = projector.ledger(h.events);

        Ledger.Builder expected = Ledger.builder();
        expected.add(UNIT, d("2024-01-10"), "P:registered", 1);
        plainPersonStock(expected, UNIT, "2024-01-15", SU, 1990, +1);
        expected.add(UNIT, d("2024-01-15"), added(SU, "NEWLY_FOUND_BY_REVIEW"), 1);
        plainPersonStock(expected, UNIT, "2024-03-01", SU, 1990, -1);
        plainPersonStock(expected, UNIT, "2024-03-01", IU, 1990, +1);
        expected.add(UNIT, d("2024-03-01"), removed(SU, MOVED_TO_ANOTHER_LIST), 1);
        expected.add(UNIT, d("2024-03-01"), added(IU, MOVED_FROM_ANOTHER_LIST), 1);
        expected.add(UNIT, d("2024-03-01"), moved(SU, IU), 1);
        expected.add(UNIT, d("2024-03-01"), "T:tested", 1);
        expected.add(UNIT, d("2024-03-01"), "T:positive", 1);
        expected.add(UNIT, d("2024-03-01"), RegistryMeasures.testsOf(h.personId), 1);
        expected.add(UNIT, d("2024-03-01"), RegistryMeasures.positivesOf(h.personId), 1);
        assertThat(ledger).isEqualTo(expected.build());
        assertThat(stockOn(ledger, UNIT, stock(SU), d("2024-02-29"))).isEqualTo(1);
        assertThat(stockOn(ledger, UNIT, stock(SU), d("2024-03-01"))).isZero();
        assertThat(stockOn(ledger, UNIT, stock(IU), d("2024-03-01"))).isEqualTo(1);
    }

    @Test
    void leavingWhenTheManagementPeriodExpires() {
        History h = new History();
        h.registered("2024-01-10", 1990);
        h.moved("2024-03-01", null, IU, "POSITIVE_TEST");
        h.left("2025-03-01", IU, "MANAGEMENT_PERIOD_EXPIRED");

        Ledger ledger = projector.ledger(h.events);

        assertThat(amount(ledger, UNIT, "2025-03-01", removed(IU, "MANAGEMENT_PERIOD_EXPIRED"))).isEqualTo(1);
        assertThat(amount(ledger, UNIT, "2025-03-01", stock(IU))).isEqualTo(-1);
        assertThat(amount(ledger, UNIT, "2025-03-01", by(IU, BIRTH_YEAR, "1990"))).isEqualTo(-1);
        assertThat(stockOn(ledger, UNIT, stock(IU), d("2025-02-28"))).isEqualTo(1);
        assertThat(stockOn(ledger, UNIT, stock(IU), d("2025-03-01"))).isZero();
        assertThat(sumOfStocksAfter(ledger)).as("no stock held after leaving").isZero();
    }

    @Test
    void aListDatedBeforeTheRegistrationCountsFromItsOwnDateSinceRegistrationIsOnlyTheDayOfEntry() {
        History h = new History();
        h.registered("2024-12-02", 1996);
        h.moved("2024-10-01", null, "ADDICT", "ADDICTION_DETERMINED");

        Ledger ledger = projector.ledger(h.events);

        assertThat(amount(ledger, UNIT, "2024-10-01", stock("ADDICT"))).isEqualTo(1);
        assertThat(amount(ledger, UNIT, "2024-10-01", added("ADDICT", "ADDICTION_DETERMINED"))).isEqualTo(1);
        assertThat(amount(ledger, UNIT, "2024-12-02", stock("ADDICT"))).isZero();
    }

    @Test
    void aBackDatedEventLandsOnItsBusinessDate() {
        History h = new History();
        h.registered("2024-01-01", 1990);
        h.drugTest("2024-06-01", "NEGATIVE");
        h.moved("2024-02-01", null, SU, "NEWLY_FOUND_BY_REVIEW"); // recorded later, happened earlier

        Ledger ledger = projector.ledger(h.events);

        assertThat(amount(ledger, UNIT, "2024-02-01", stock(SU))).isEqualTo(1);
        assertThat(amount(ledger, UNIT, "2024-02-01", added(SU, "NEWLY_FOUND_BY_REVIEW"))).isEqualTo(1);
        assertThat(amount(ledger, UNIT, "2024-06-01", stock(SU))).isZero();
        assertThat(amount(ledger, UNIT, "2024-06-01", "T:tested")).isEqualTo(1);
    }

    @Test
    void aBackDatedEventBetweenTwoMovesChangesTheBreakdownOnlyFromItsDate() {
        History h = new History();
        h.registered("2024-01-01", 1990);
        h.moved("2024-02-01", null, SU, "NEWLY_FOUND_BY_REVIEW");
        h.moved("2024-06-01", SU, IU, "POSITIVE_TEST");
        h.flag("2024-03-01", true, "METHADONE"); // back-dated: while on SU

        Ledger ledger = projector.ledger(h.events);

        assertThat(amount(ledger, UNIT, "2024-03-01", by(SU, METHADONE, "YES"))).isEqualTo(1);
        assertThat(amount(ledger, UNIT, "2024-06-01", by(SU, METHADONE, "YES"))).isEqualTo(-1);
        assertThat(amount(ledger, UNIT, "2024-06-01", by(IU, METHADONE, "YES"))).isEqualTo(1);
        assertThat(amount(ledger, UNIT, "2024-03-01", stock(SU))).isZero();
        // the same as if it had been recorded in date order
        History inOrder = new History();
        inOrder.registered("2024-01-01", 1990);
        inOrder.moved("2024-02-01", null, SU, "NEWLY_FOUND_BY_REVIEW");
        inOrder.flag("2024-03-01", true, "METHADONE");
        inOrder.moved("2024-06-01", SU, IU, "POSITIVE_TEST");
        assertThat(ledger).isEqualTo(projector.ledger(inOrder.events));
    }

    @Test
    void aVoidedMoveLeavesTheLedgerAsIfItNeverHappened() {
        History h = new History();
        h.registered("2024-01-10", 1990);
        h.moved("2024-01-15", null, SU, "NEWLY_FOUND_BY_REVIEW");
        ProjectedEvent wrong = h.moved("2024-03-01", SU, IU, "POSITIVE_TEST");
        h.drugTest("2024-04-01", "NEGATIVE");
        h.corrected("2024-04-10", wrong, true, null, null);

        History never = new History();
        never.personId = h.personId;
        never.registered("2024-01-10", 1990);
        never.moved("2024-01-15", null, SU, "NEWLY_FOUND_BY_REVIEW");
        never.drugTest("2024-04-01", "NEGATIVE");

        assertThat(projector.ledger(h.events)).isEqualTo(projector.ledger(never.events));
        assertThat(projector.ledger(h.events).amounts().keySet()).noneMatch(k -> k.measure().contains(IU));
    }

    @Test
    void aCorrectedDateOrReasonIsCountedAsIfRecordedSo() {
        History h = new History();
        h.registered("2024-01-10", 1990);
        ProjectedEvent entry = h.moved("2024-01-15", null, SU, "NEWLY_FOUND_BY_REVIEW");
        ProjectedEvent move = h.moved("2024-03-01", SU, IU, "POSITIVE_TEST");
        h.corrected("2024-04-10", move, false, "2024-02-20", null);
        h.corrected("2024-04-11", entry, false, null, "MOVED_FROM_ANOTHER_LIST");

        History asIf = new History();
        asIf.registered("2024-01-10", 1990);
        asIf.moved("2024-01-15", null, SU, "MOVED_FROM_ANOTHER_LIST");
        asIf.moved("2024-02-20", SU, IU, "POSITIVE_TEST");

        Ledger ledger = projector.ledger(h.events);
        assertThat(ledger).isEqualTo(projector.ledger(asIf.events));
        assertThat(amount(ledger, UNIT, "2024-02-20", moved(SU, IU))).isEqualTo(1);
        assertThat(amount(ledger, UNIT, "2024-03-01", moved(SU, IU))).isZero();
    }

    @Test
    void theLatestCorrectionOfAnEntryIsInForce() {
        History h = new History();
        h.registered("2024-01-10", 1990);
        ProjectedEvent move = h.moved("2024-01-15", null, SU, "NEWLY_FOUND_BY_REVIEW");
        h.corrected("2024-02-01", move, true, null, null);
        h.corrected("2024-02-02", move, false, "2024-01-20", null); // un-voids and re-dates

        Ledger ledger = projector.ledger(h.events);
        assertThat(amount(ledger, UNIT, "2024-01-20", stock(SU))).isEqualTo(1);
        assertThat(amount(ledger, UNIT, "2024-01-15", stock(SU))).isZero();
    }

    @Test
    void enteringAndLeavingOnTheSameDayCountsBothFlowsAndNoStock() {
        History h = new History();
        h.registered("2024-01-10", 1990);
        h.moved("2024-02-01", null, SU, "NEWLY_FOUND_BY_REVIEW");
        h.left("2024-02-01", SU, "DUPLICATE");

        Ledger ledger = projector.ledger(h.events);

        Ledger expected = Ledger.builder()
                .add(UNIT, d("2024-01-10"), RegistryMeasures.registered(), 1)
                .add(UNIT, d("2024-02-01"), added(SU, "NEWLY_FOUND_BY_REVIEW"), 1)
                .add(UNIT, d("2024-02-01"), removed(SU, "DUPLICATE"), 1)
                .build();
        assertThat(ledger).isEqualTo(expected);
    }

    @Test
    void breakdownsFollowTheStateOnEachDate() {
        History h = new History();
        h.registered("2024-01-01", 1985, Map.of("drug", 1, "other", 2), Map.of("drug", 0, "other", 0),
                surveillance("DM2", "H3", "A"), "OPEN");
        h.moved("2024-01-10", null, ADDICT, "ADDICTION_DETERMINED");
        h.flag("2024-02-01", true, "METHADONE");
        h.flag("2024-03-01", false, "METHADONE");
        h.location("2024-04-01", "COMMUNITY", "COMPULSORY_REHAB");
        h.detailsChanged("2024-05-01", 1985, Map.of("drug", 1, "other", 2), Map.of("drug", 0, "other", 0),
                surveillance("DM1", "H3", "A"), "OPEN");

        Ledger ledger = projector.ledger(h.events);

        LocalDate jan10 = d("2024-01-10");
        assertThat(stockOn(ledger, UNIT, stock(ADDICT), jan10)).isEqualTo(1);
        for (String measure : List.of(by(ADDICT, BIRTH_YEAR, "1985"), by(ADDICT, PRIOR_CONVICTION, "DRUG"),
                by(ADDICT, PRIOR_CONVICTION, "OTHER"), by(ADDICT, PRIOR_VIOLATION, "NONE"),
                by(ADDICT, CATEGORY, "DM2"), by(ADDICT, SYSTEM, "H3"), by(ADDICT, CLASS, "A"),
                by(ADDICT, DOSSIER, "OPEN"), by(ADDICT, LOCATION, "COMMUNITY"))) {
            assertThat(amount(ledger, UNIT, "2024-01-10", measure)).as(measure).isEqualTo(1);
        }
        assertThat(amount(ledger, UNIT, "2024-01-10", by(ADDICT, PRIOR_CONVICTION, "NONE"))).isZero();
        assertThat(amount(ledger, UNIT, "2024-02-01", by(ADDICT, METHADONE, "YES"))).isEqualTo(1);
        assertThat(amount(ledger, UNIT, "2024-03-01", by(ADDICT, METHADONE, "YES"))).isEqualTo(-1);
        assertThat(amount(ledger, UNIT, "2024-04-01", by(ADDICT, LOCATION, "COMMUNITY"))).isEqualTo(-1);
        assertThat(amount(ledger, UNIT, "2024-04-01", by(ADDICT, LOCATION, "COMPULSORY_REHAB"))).isEqualTo(1);
        assertThat(amount(ledger, UNIT, "2024-05-01", by(ADDICT, CATEGORY, "DM2"))).isEqualTo(-1);
        assertThat(amount(ledger, UNIT, "2024-05-01", by(ADDICT, CATEGORY, "DM1"))).isEqualTo(1);
        assertThat(amount(ledger, UNIT, "2024-05-01", by(ADDICT, SYSTEM, "H3"))).isZero();
        // no list change after Jan 10: the stock and the list flows are written once
        assertThat(ledger.amounts().keySet()).filteredOn(k -> k.measure().equals(stock(ADDICT))).hasSize(1);
        assertThat(ledger.amounts().keySet()).filteredOn(k -> k.measure().contains(":in:")).hasSize(1);
    }

    @Test
    void breakdownsWithoutSurveillanceAndLocationOnlyOnTheAddictList() {
        History h = new History();
        h.registered("2024-01-01", 1999);
        h.moved("2024-01-10", null, SU, "NEWLY_FOUND_BY_REVIEW");
        h.location("2024-01-20", "COMMUNITY", "PRISON"); // not an addict: no location
        h.moved("2024-02-01", SU, ADDICT, "ADDICTION_DETERMINED");
        h.moved("2024-03-01", ADDICT, PR, "RELEASED_FROM_COMPULSORY_REHAB");

        Ledger ledger = projector.ledger(h.events);

        assertThat(ledger.amounts().keySet()).noneMatch(k -> k.measure().contains(":by:" + CATEGORY))
                .noneMatch(k -> k.measure().startsWith("L:" + SU + ":by:" + LOCATION))
                .noneMatch(k -> k.measure().startsWith("L:" + PR + ":by:" + LOCATION));
        assertThat(amount(ledger, UNIT, "2024-02-01", by(ADDICT, LOCATION, "COMMUNITY"))).isEqualTo(1);
        assertThat(amount(ledger, UNIT, "2024-03-01", by(ADDICT, LOCATION, "COMMUNITY"))).isEqualTo(-1);
        assertThat(amount(ledger, UNIT, "2024-03-01", moved(ADDICT, PR))).isEqualTo(1);
    }

    @Test
    void drugTestsSanctionsRehabStagesAndArrests() {
        History h = new History();
        h.registered("2024-01-01", 1990);
        h.drugTest("2024-02-01", "POSITIVE"); // counted though on no list
        h.drugTest("2024-02-01", "NEGATIVE");
        h.drugTest("2024-02-03", "NOT_TESTED");
        h.sanction("2024-02-05", true, null);
        h.sanction("2024-02-06", false, "USED_IN_ANOTHER_PROVINCE");
        h.rehab("2024-03-01", "CREATED");
        h.rehab("2024-04-01", "COURT_DECIDED");
        h.arrested("2024-05-01", "INC-1", "SUS-1", "PENDING");
        h.arrested("2024-05-01", "INC-2", "SUS-9", "PENDING");
        h.arrested("2024-05-07", "INC-1", "SUS-1", "PROSECUTED"); // replaces the first report of INC-1

        Ledger ledger = projector.ledger(h.events);

        Ledger expected = Ledger.builder()
                .add(UNIT, d("2024-01-01"), "P:registered", 1)
                .add(UNIT, d("2024-02-01"), "T:tested", 2)
                .add(UNIT, d("2024-02-01"), "T:positive", 1)
                // per person, so that a report counts the people tested and found positive, not the tests
                .add(UNIT, d("2024-02-01"), RegistryMeasures.testsOf(h.personId), 2)
                .add(UNIT, d("2024-02-01"), RegistryMeasures.positivesOf(h.personId), 1)
                .add(UNIT, d("2024-02-03"), "T:notTested", 1)
                .add(UNIT, d("2024-02-05"), "S:issued", 1)
                .add(UNIT, d("2024-02-06"), "S:notIssued:USED_IN_ANOTHER_PROVINCE", 1)
                .add(UNIT, d("2024-03-01"), "R:CREATED", 1)
                .add(UNIT, d("2024-04-01"), "R:COURT_DECIDED", 1)
                .add(UNIT, d("2024-05-01"), "A:arrested", 1)
                .add(UNIT, d("2024-05-07"), "A:arrested", 1)
                .build();
        assertThat(ledger).isEqualTo(expected);
    }

    @Test
    void aChangeOfManagingUnitWhileOnAListIsATransfer() {
        History h = new History();
        h.registered("2024-01-01", 1990);
        h.moved("2024-01-10", null, SU, "NEWLY_FOUND_BY_REVIEW");
        h.unit = OTHER_UNIT;
        h.drugTest("2024-03-01", "NEGATIVE");

        Ledger ledger = projector.ledger(h.events);

        assertThat(amount(ledger, UNIT, "2024-03-01", removed(SU, TRANSFERRED_OUT))).isEqualTo(1);
        assertThat(amount(ledger, OTHER_UNIT, "2024-03-01", added(SU, TRANSFERRED_IN))).isEqualTo(1);
        assertThat(amount(ledger, UNIT, "2024-03-01", stock(SU))).isEqualTo(-1);
        assertThat(amount(ledger, OTHER_UNIT, "2024-03-01", stock(SU))).isEqualTo(1);
        assertThat(amount(ledger, UNIT, "2024-03-01", by(SU, BIRTH_YEAR, "1990"))).isEqualTo(-1);
        assertThat(amount(ledger, OTHER_UNIT, "2024-03-01", by(SU, BIRTH_YEAR, "1990"))).isEqualTo(1);
        assertThat(amount(ledger, OTHER_UNIT, "2024-03-01", "T:tested")).isEqualTo(1);
        assertThat(amount(ledger, UNIT, "2024-03-01", "T:tested")).isZero();
        assertBalanced(ledger);
    }

    @Test
    void aChangeOfManagingUnitOffTheListsIsNoTransfer() {
        History h = new History();
        h.registered("2024-01-01", 1990);
        h.unit = OTHER_UNIT;
        h.moved("2024-01-10", null, SU, "NEWLY_FOUND_BY_REVIEW");

        Ledger ledger = projector.ledger(h.events);

        // registered at the first unit (a flow there), then on the list only at the second
        assertThat(ledger.amounts().keySet()).noneMatch(k -> k.measure().contains("TRANSFERRED"))
                .filteredOn(k -> !k.measure().equals(RegistryMeasures.registered()))
                .allMatch(k -> k.unitCode().equals(OTHER_UNIT));
        assertThat(amount(ledger, UNIT, "2024-01-01", RegistryMeasures.registered())).isEqualTo(1);
    }

    @Test
    void unknownTypesOtherSchemaVersionsAndRepeatedEventsAreIgnored() {
        History h = new History();
        h.registered("2024-01-01", 1990);
        h.moved("2024-01-10", null, SU, "NEWLY_FOUND_BY_REVIEW");
        Ledger before = projector.ledger(h.events);

        h.add("PersonTeleported", 1, "2024-01-11", Map.of("where", "moon"));
        h.add("PersonLeftList", 2, "2024-01-12", Map.of("fromList", SU, "reason", "DIED"));
        List<ProjectedEvent> withRepeat = new ArrayList<>(h.events);
        withRepeat.add(h.events.get(1));

        assertThat(projector.ledger(h.events)).isEqualTo(before);
        assertThat(projector.ledger(withRepeat)).isEqualTo(before);
    }

    @Test
    void aMoveNamingAStaleFromListLeavesTheReplayedList() {
        History h = new History();
        h.registered("2024-01-01", 1990);
        h.moved("2024-01-10", null, SA, "NEWLY_FOUND_BY_REVIEW");
        h.moved("2024-02-10", SU, IU, "POSITIVE_TEST"); // says SU, but the person is on SA

        Ledger ledger = projector.ledger(h.events);

        assertThat(amount(ledger, UNIT, "2024-02-10", removed(SA, MOVED_TO_ANOTHER_LIST))).isEqualTo(1);
        assertThat(amount(ledger, UNIT, "2024-02-10", moved(SA, IU))).isEqualTo(1);
        assertThat(ledger.amounts().keySet()).noneMatch(k -> k.measure().contains(SU));
        assertBalanced(ledger);
    }

    @Test
    void measureNamesAreTheAgreedOnes() {
        assertThat(stock(ADDICT)).isEqualTo("L:ADDICT");
        assertThat(added(ADDICT, "RELAPSE")).isEqualTo("L:ADDICT:in:RELAPSE");
        assertThat(removed(ADDICT, "DIED")).isEqualTo("L:ADDICT:out:DIED");
        assertThat(moved(SU, IU)).isEqualTo("X:SUSPECTED_USER:ILLEGAL_USER");
        assertThat(by(ADDICT, LOCATION, "PRISON")).isEqualTo("L:ADDICT:by:location:PRISON");
        assertThat(RegistryMeasures.tests()).isEqualTo("T:tested");
        assertThat(RegistryMeasures.positives()).isEqualTo("T:positive");
        assertThat(RegistryMeasures.notTested()).isEqualTo("T:notTested");
        assertThat(RegistryMeasures.sanctionsIssued()).isEqualTo("S:issued");
        assertThat(RegistryMeasures.sanctionsNotIssued("UNDER_AGE")).isEqualTo("S:notIssued:UNDER_AGE");
        assertThat(RegistryMeasures.rehabStage("ADMITTED")).isEqualTo("R:ADMITTED");
        assertThat(RegistryMeasures.arrests()).isEqualTo("A:arrested");
        assertThat(List.of(BIRTH_YEAR, PRIOR_CONVICTION, PRIOR_VIOLATION, CATEGORY, SYSTEM, CLASS, LOCATION,
                METHADONE, DOSSIER)).containsExactly("birthYear", "priorConviction", "priorViolation", "category",
                "system", "class", "location", "methadone", "dossier");
    }

    // ---------------------------------------------------------------- random histories

    @Nested
    class RandomHistories {
        private static final int HISTORIES = 500;

        @Test
        void everyListBalancesOnEveryDate() {
            Random random = new Random(20241201L);
            Map<String, Integer> seen = new TreeMap<>();
            for (int i = 0; i < HISTORIES; i++) {
                List<ProjectedEvent> events = randomHistory(random);
                Ledger ledger = projector.ledger(events);
                assertBalanced(ledger);
                assertBreakdownsMatchStocks(ledger);
                for (String what : List.of(TRANSFERRED_OUT, "X:", ":out:", ":by:location:COMPULSORY_REHAB",
                        ":by:methadone:", "A:arrested")) {
                    if (ledger.amounts().keySet().stream().anyMatch(k -> k.measure().contains(what))) {
                        seen.merge(what, 1, Integer::sum);
                    }
                }
                if (events.stream().anyMatch(e -> e.eventType().equals("EntryCorrected"))) {
                    seen.merge("EntryCorrected", 1, Integer::sum);
                }
            }
            // the generator reaches the cases the balance is about
            assertThat(seen).hasSize(7).allSatisfy((what, histories) -> assertThat(histories).as(what)
                    .isGreaterThan(HISTORIES / 50));
        }

        @Test
        void correctionsCountTheSameEarlyOrLateInSequence() {
            Random random = new Random(77L);
            int withCorrections = 0;
            for (int i = 0; i < HISTORIES; i++) {
                List<ProjectedEvent> events = randomHistory(random);
                List<ProjectedEvent> early = correctionsRightAfterTheirTarget(events);
                List<ProjectedEvent> late = correctionsLast(events);
                withCorrections += early.equals(late) ? 0 : 1;
                assertThat(projector.ledger(early)).as("history %d", i).isEqualTo(projector.ledger(late));
            }
            assertThat(withCorrections).as("histories where the order differs").isGreaterThan(HISTORIES / 4);
        }

        @Test
        void aDiffBetweenAPrefixAndTheWholeIsWhatMinusGives() {
            Random random = new Random(4242L);
            for (int i = 0; i < HISTORIES; i++) {
                List<ProjectedEvent> events = randomHistory(random);
                int cut = 1 + random.nextInt(events.size());
                Ledger prefix = projector.ledger(events.subList(0, cut));
                Ledger whole = projector.ledger(events);

                Ledger back = prefix.minus(whole);
                Set<LedgerKey> keys = new TreeSet<>(prefix.amounts().keySet());
                keys.addAll(whole.amounts().keySet());
                for (LedgerKey k : keys) {
                    long want = prefix.amounts().getOrDefault(k, 0L) - whole.amounts().getOrDefault(k, 0L);
                    assertThat(back.amounts().getOrDefault(k, 0L)).as("%s", k).isEqualTo(want);
                }
                // counters holding the prefix, plus the difference, hold the whole
                Map<LedgerKey, Long> counters = new TreeMap<>(prefix.amounts());
                whole.minus(prefix).amounts().forEach((k, v) -> counters.merge(k, v, Long::sum));
                counters.values().removeIf(v -> v == 0);
                assertThat(counters).isEqualTo(whole.amounts());
                assertBalanced(prefix);
            }
        }

        @Test
        void everyMeasureNameIsValid() {
            Random random = new Random(9L);
            Pattern measure = Pattern.compile("[A-Za-z0-9_:\\-]{1,200}");
            for (int i = 0; i < 100; i++) {
                projector.ledger(randomHistory(random)).amounts().keySet()
                        .forEach(k -> assertThat(k.measure()).matches(measure));
            }
        }
    }

    /** baseline + added - removed = current: for every unit, list and date, and a person is on one list at most. */
    private static void assertBalanced(Ledger ledger) {
        Set<String> units = new TreeSet<>();
        Set<LocalDate> dates = new TreeSet<>();
        ledger.amounts().keySet().forEach(k -> {
            units.add(k.unitCode());
            dates.add(k.date());
        });
        for (LocalDate date : dates) {
            long onAnyList = 0;
            for (String unit : units) {
                for (String list : LISTS) {
                    long current = sumUpTo(ledger, unit, date, m -> m.equals(stock(list)));
                    long in = sumUpTo(ledger, unit, date, m -> m.startsWith("L:" + list + ":in:"));
                    long out = sumUpTo(ledger, unit, date, m -> m.startsWith("L:" + list + ":out:"));
                    assertThat(current).as("%s %s on %s: %s", unit, list, date, ledger).isEqualTo(in - out)
                            .isBetween(0L, 1L);
                    onAnyList += current;
                }
            }
            assertThat(onAnyList).as("on %s", date).isBetween(0L, 1L);
        }
    }

    /** Each breakdown with one value per person sums to the stock; the others never exceed it. */
    private static void assertBreakdownsMatchStocks(Ledger ledger) {
        Set<String> units = new TreeSet<>();
        Set<LocalDate> dates = new TreeSet<>();
        ledger.amounts().keySet().forEach(k -> {
            units.add(k.unitCode());
            dates.add(k.date());
        });
        for (LocalDate date : dates) {
            for (String unit : units) {
                for (String list : LISTS) {
                    long current = sumUpTo(ledger, unit, date, m -> m.equals(stock(list)));
                    for (String dim : List.of(BIRTH_YEAR, DOSSIER)) {
                        String prefix = "L:" + list + ":by:" + dim + ":";
                        assertThat(sumUpTo(ledger, unit, date, m -> m.startsWith(prefix))).as(prefix)
                                .isEqualTo(current);
                    }
                    for (String dim : List.of(PRIOR_CONVICTION, PRIOR_VIOLATION)) {
                        String prefix = "L:" + list + ":by:" + dim + ":";
                        assertThat(sumUpTo(ledger, unit, date, m -> m.startsWith(prefix))).as(prefix)
                                .isBetween(current, 2 * current);
                    }
                    String location = "L:" + list + ":by:" + LOCATION + ":";
                    assertThat(sumUpTo(ledger, unit, date, m -> m.startsWith(location))).as(location)
                            .isEqualTo(list.equals(ADDICT) ? current : 0);
                    for (String dim : List.of(CATEGORY, SYSTEM, CLASS, METHADONE)) {
                        String prefix = "L:" + list + ":by:" + dim + ":";
                        assertThat(sumUpTo(ledger, unit, date, m -> m.startsWith(prefix))).as(prefix)
                                .isBetween(0L, current);
                    }
                }
            }
        }
    }

    private static List<ProjectedEvent> correctionsRightAfterTheirTarget(List<ProjectedEvent> events) {
        List<ProjectedEvent> out = new ArrayList<>();
        for (ProjectedEvent e : events) {
            if (!e.eventType().equals("EntryCorrected")) {
                out.add(e);
                for (ProjectedEvent c : events) {
                    if (c.eventType().equals("EntryCorrected") && e.eventId().equals(c.text("correctsEventId"))) {
                        out.add(c);
                    }
                }
            }
        }
        return renumbered(out);
    }

    private static List<ProjectedEvent> correctionsLast(List<ProjectedEvent> events) {
        List<ProjectedEvent> out = new ArrayList<>();
        events.stream().filter(e -> !e.eventType().equals("EntryCorrected")).forEach(out::add);
        events.stream().filter(e -> e.eventType().equals("EntryCorrected")).forEach(out::add);
        return renumbered(out);
    }

    private static List<ProjectedEvent> renumbered(List<ProjectedEvent> events) {
        List<ProjectedEvent> out = new ArrayList<>();
        for (ProjectedEvent e : events) {
            out.add(new ProjectedEvent(e.eventId(), e.eventType(), e.schemaVersion(), out.size() + 1, e.unitCode(),
                    e.unitPath(), e.businessDate(), e.payload()));
        }
        return out;
    }

    /**
     * A random history: mostly plausible (moves from the list the person is on, dates mostly forward), with
     * back-dated entries, stale or missing lists, unit changes, repeated arrests and corrections mixed in.
     */
    private static List<ProjectedEvent> randomHistory(Random r) {
        History h = new History();
        List<String> units = List.of(UNIT, OTHER_UNIT, "HN-CG-DICHVONGHAU");
        h.unit = units.get(r.nextInt(units.size()));
        LocalDate day = d("2024-01-01").plusDays(r.nextInt(60));
        h.registered(day.toString(), 1960 + r.nextInt(45), priors(r), priors(r),
                r.nextBoolean() ? null : surveillance("DM" + (1 + r.nextInt(3)), "H" + (1 + r.nextInt(10)),
                        r.nextBoolean() ? "A" : "B"), pick(r, "NONE", "OPEN", "CLOSED"));
        String list = null;
        List<ProjectedEvent> correctable = new ArrayList<>();
        int n = 3 + r.nextInt(30);
        for (int i = 0; i < n; i++) {
            if (r.nextInt(8) == 0) {
                h.unit = units.get(r.nextInt(units.size()));
            }
            int step = r.nextInt(4) == 0 ? 0 : r.nextInt(40);
            day = day.plusDays(step);
            LocalDate at = r.nextInt(6) == 0 ? day.minusDays(1 + r.nextInt(90)) : day; // back-dated
            String date = at.toString();
            ProjectedEvent e;
            switch (r.nextInt(12)) {
                case 0, 1, 2 -> {
                    String to = LISTS.get(r.nextInt(LISTS.size()));
                    String from = r.nextInt(5) == 0 ? LISTS.get(r.nextInt(LISTS.size())) : list;
                    e = h.moved(date, from, to, pick(r, "NEWLY_FOUND_BY_REVIEW", "POSITIVE_TEST", "RELAPSE",
                            "ADDICTION_DETERMINED", "MOVED_FROM_ANOTHER_LIST"));
                    list = to;
                }
                case 3 -> {
                    e = h.left(date, list == null ? SU : list, pick(r, "MANAGEMENT_PERIOD_EXPIRED", "DIED",
                            "MOVED_AWAY", "DUPLICATE", "IMPRISONED"));
                    list = null;
                }
                case 4 -> e = h.flag(date, r.nextBoolean(), pick(r, "METHADONE", "DRUG_PSYCHOSIS",
                        "CUSTODY_HISTORY"));
                case 5 -> e = h.location(date, "COMMUNITY", pick(r, "COMMUNITY", "COMPULSORY_REHAB",
                        "VOLUNTARY_REHAB", "PRISON"));
                case 6 -> e = h.detailsChanged(date, 1960 + r.nextInt(45), priors(r), priors(r),
                        r.nextBoolean() ? null : surveillance("DM" + (1 + r.nextInt(3)), null, "A"),
                        pick(r, "NONE", "OPEN", "CLOSED"));
                case 7 -> e = h.drugTest(date, pick(r, "POSITIVE", "NEGATIVE", "NOT_TESTED"));
                case 8 -> e = h.sanction(date, r.nextBoolean(), pick(r, "UNDER_AGE", "OTHER"));
                case 9 -> e = h.rehab(date, pick(r, "CREATED", "COURT_DECIDED", "ADMITTED", "RELEASED"));
                case 10 -> e = h.arrested(date, "INC-" + r.nextInt(3), "SUS-" + r.nextInt(2),
                        pick(r, "PENDING", "PROSECUTED"));
                default -> e = h.add("PersonReturned", 1, date, Map.of());
            }
            correctable.add(e);
            if (r.nextInt(5) == 0) {
                ProjectedEvent target = correctable.get(r.nextInt(correctable.size()));
                int kind = r.nextInt(3);
                h.corrected(day.toString(), target, kind == 0,
                        kind == 1 ? target.businessDate().plusDays(r.nextInt(61) - 30).toString() : null,
                        kind == 2 ? pick(r, "NEWLY_FOUND_BY_REVIEW", "DUPLICATE", "RELAPSE") : null);
            }
        }
        return h.events;
    }

    private static Map<String, Object> priors(Random r) {
        return Map.of("drug", r.nextInt(3) == 0 ? 1 + r.nextInt(2) : 0, "other", r.nextInt(3) == 0 ? 1 : 0);
    }

    private static String pick(Random r, String... values) {
        return values[r.nextInt(values.length)];
    }

    // ---------------------------------------------------------------- helpers

    /** The stock keys of a person with no priors, no surveillance and dossier NONE, on {@code list}. */
    private static void plainPersonStock(Ledger.Builder b, String unit, String date, String list, int birthYear,
                                         long amount) {
        LocalDate day = d(date);
        b.add(unit, day, stock(list), amount);
        b.add(unit, day, by(list, BIRTH_YEAR, Integer.toString(birthYear)), amount);
        b.add(unit, day, by(list, PRIOR_CONVICTION, "NONE"), amount);
        b.add(unit, day, by(list, PRIOR_VIOLATION, "NONE"), amount);
        b.add(unit, day, by(list, DOSSIER, "NONE"), amount);
    }

    private static long amount(Ledger ledger, String unit, String date, String measure) {
        return ledger.amounts().getOrDefault(new LedgerKey(unit, d(date), measure), 0L);
    }

    private static long stockOn(Ledger ledger, String unit, String measure, LocalDate date) {
        return sumUpTo(ledger, unit, date, measure::equals);
    }

    private static long sumUpTo(Ledger ledger, String unit, LocalDate date, Predicate<String> measure) {
        long sum = 0;
        for (Map.Entry<LedgerKey, Long> e : ledger.amounts().entrySet()) {
            LedgerKey k = e.getKey();
            if (k.unitCode().equals(unit) && !k.date().isAfter(date) && measure.test(k.measure())) {
                sum += e.getValue();
            }
        }
        return sum;
    }

    private static long sumOfStocksAfter(Ledger ledger) {
        return ledger.amounts().entrySet().stream().filter(e -> e.getKey().measure().startsWith("L:")
                && !e.getKey().measure().contains(":in:") && !e.getKey().measure().contains(":out:"))
                .mapToLong(Map.Entry::getValue).sum();
    }

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    private static Map<String, Object> surveillance(String category, String system, String profileClass) {
        Map<String, Object> s = new HashMap<>();
        s.put("category", category);
        s.put("system", system);
        s.put("profileClass", profileClass);
        return s;
    }

    /** Builds one synthetic person's events, numbering them in the order they are added. */
    private static final class History {
        final List<ProjectedEvent> events = new ArrayList<>();
        String personId = "p-" + Integer.toHexString(System.identityHashCode(this));
        String unit = UNIT;

        ProjectedEvent add(String type, int schemaVersion, String date, Map<String, Object> fields) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("personId", personId);
            payload.put("businessDate", date);
            payload.putAll(fields);
            long sequence = events.size() + 1;
            ProjectedEvent e = new ProjectedEvent(personId + "-e" + sequence, type, schemaVersion, sequence, unit,
                    List.of("HN", unit.substring(0, 5), unit), d(date), payload);
            events.add(e);
            return e;
        }

        ProjectedEvent registered(String date, int birthYear) {
            return registered(date, birthYear, Map.of("drug", 0, "other", 0), Map.of("drug", 0, "other", 0), null,
                    "NONE");
        }

        ProjectedEvent registered(String date, int birthYear, Map<String, Object> convictions,
                                  Map<String, Object> violations, Map<String, Object> surveillance,
                                  String dossier) {
            Map<String, Object> f = details(birthYear, convictions, violations, surveillance, dossier);
            f.put("unitCode", unit);
            return add("PersonRegistered", 1, date, f);
        }

        ProjectedEvent detailsChanged(String date, int birthYear, Map<String, Object> convictions,
                                      Map<String, Object> violations, Map<String, Object> surveillance,
                                      String dossier) {
            Map<String, Object> f = details(birthYear, convictions, violations, surveillance, dossier);
            f.put("changedFields", List.of("surveillance"));
            return add("PersonDetailsChanged", 1, date, f);
        }

        private Map<String, Object> details(int birthYear, Map<String, Object> convictions,
                                            Map<String, Object> violations, Map<String, Object> surveillance,
                                            String dossier) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("fullName", "Nguyễn Văn Mẫu (dữ liệu mẫu)");
            f.put("foldedName", "nguyen van mau (du lieu mau)");
            f.put("aliases", List.of());
            f.put("sex", "MALE");
            f.put("birthDate", null);
            f.put("birthYear", birthYear);
            f.put("cccd", null);
            f.put("priorConvictions", convictions);
            f.put("priorViolations", violations);
            f.put("surveillance", surveillance);
            f.put("managementDossier", dossier);
            return f;
        }

        ProjectedEvent moved(String date, String from, String to, String reason) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("fromList", from);
            f.put("toList", to);
            f.put("reason", reason);
            f.put("documentRef", "QĐ 15/QĐ-UBND");
            f.put("ruleSet", "law-73-2021");
            return add("PersonMovedToList", 1, date, f);
        }

        ProjectedEvent left(String date, String from, String reason) {
            return add("PersonLeftList", 1, date, Map.of("fromList", from, "reason", reason, "ruleSet",
                    "law-73-2021"));
        }

        ProjectedEvent flag(String date, boolean set, String flag) {
            return add(set ? "PersonFlagSet" : "PersonFlagCleared", 1, date,
                    Map.of("flag", flag, "reason", set ? "ENROLLED_IN_TREATMENT" : "LEFT_TREATMENT"));
        }

        ProjectedEvent location(String date, String from, String to) {
            return add("AddictLocationChanged", 1, date, Map.of("from", from, "to", to,
                    "reason", "SENT_TO_COMPULSORY_REHAB"));
        }

        ProjectedEvent drugTest(String date, String result) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("testId", "t-" + (events.size() + 1));
            f.put("summonsDate", date);
            f.put("testDate", result.equals("NOT_TESTED") ? null : date);
            f.put("sample", result.equals("NOT_TESTED") ? null : "URINE");
            f.put("substances", result.equals("POSITIVE") ? List.of("METHAMPHETAMINE") : List.of());
            f.put("result", result);
            return add("DrugTestRecorded", 1, date, f);
        }

        ProjectedEvent sanction(String date, boolean issued, String notIssuedReason) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("sanctionId", "s-" + (events.size() + 1));
            f.put("issued", issued);
            f.put("decisionNumber", issued ? "QĐ 7/QĐ-XPHC" : null);
            f.put("notIssuedReason", issued ? null : notIssuedReason);
            return add("SanctionRecorded", 1, date, f);
        }

        ProjectedEvent rehab(String date, String stage) {
            return add("RehabDossierChanged", 1, date, Map.of("dossierId", "r-1", "stage", stage));
        }

        ProjectedEvent arrested(String date, String incidentId, String suspectId, String outcome) {
            return add("PersonArrested", 1, date, Map.of("incidentId", incidentId, "suspectId", suspectId,
                    "arrestingUnitCode", unit, "acts", List.of("POSSESSION"), "outcome", outcome,
                    "sourceEventId", "src-" + (events.size() + 1)));
        }

        ProjectedEvent corrected(String date, ProjectedEvent target, boolean voided, String correctedDate,
                                 String correctedReason) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("correctsEventId", target.eventId());
            f.put("correctsEventType", target.eventType());
            f.put("voided", voided);
            f.put("correctedBusinessDate", correctedDate);
            f.put("correctedReason", correctedReason);
            f.put("correctedDocumentRef", null);
            f.put("note", "nhập sai");
            return add("EntryCorrected", 1, date, f);
        }
    }
}
