package vn.drugctl.reporting.drugfree.domain;

import org.junit.jupiter.api.Test;
import vn.drugctl.common.domain.RuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The default criteria (as in drugctl/drug-free-rules.yml) judging synthetic communes' figures. */
class DrugFreeCriteriaTest {
    static final Criterion COMPLEX = new Criterion.ActiveHotspots("no-active-complex-point",
            "Không có điểm phức tạp về ma túy đang hoạt động", 0, List.of("COMPLEX_POINT"));
    static final Criterion DEALERS = new Criterion.ActiveHotspots("no-active-retail-dealer",
            "Không có đối tượng bán lẻ", 0, List.of("RETAIL_DEALER"));
    static final Criterion NEW_ADDICTS = new Criterion.NewOnList("no-new-addicts",
            "Không phát sinh người nghiện mới", 0, "ADDICT", List.of("ADDICTION_DETERMINED", "NEWLY_FOUND_BY_REVIEW"),
            List.of("SUSPECTED_USER", "SUSPECTED_ADDICT", "ILLEGAL_USER"));
    static final Criterion DOSSIERS = new Criterion.WithoutDossier("every-managed-person-has-dossier",
            "100% có hồ sơ quản lý", 0, List.of("ADDICT", "ILLEGAL_USER", "POST_REHAB"), List.of("OPEN"));
    static final Criterion ARRESTS = new Criterion.ResidentArrests("no-resident-drug-arrests",
            "Không có người cư trú bị bắt", 0);

    static final DrugFreeRuleBook.RuleSet DEFAULT = new DrugFreeRuleBook.RuleSet("platform-default",
            LocalDate.of(2000, 1, 1), "mặc định", List.of(COMPLEX, DEALERS, NEW_ADDICTS, DOSSIERS, ARRESTS));

    static final RecordRef DEALER_RECORD = new RecordRef("hotspot", "h-1", "Điểm Mẫu 1", LocalDate.of(2025, 3, 1),
            "RETAIL_DEALER");

    @Test
    void aCommuneWithNoRecordsIsDrugFreeAndNoRecordIsLookedFor() {
        List<String> asked = new ArrayList<>();
        CommuneEvaluation e = DEFAULT.evaluate("HNA-BL-X", "Xã Mẫu", Figures.NONE, c -> {
            asked.add(c.id());
            return List.of();
        });

        assertThat(e.drugFree()).isTrue();
        assertThat(e.failedCriteria()).isEmpty();
        assertThat(e.criteria()).extracting(CriterionResult::id).containsExactly("no-active-complex-point",
                "no-active-retail-dealer", "no-new-addicts", "every-managed-person-has-dossier",
                "no-resident-drug-arrests");
        assertThat(e.criteria()).allSatisfy(r -> {
            assertThat(r.passed()).isTrue();
            assertThat(r.found()).isZero();
            assertThat(r.records()).isEmpty();
        });
        assertThat(asked).isEmpty();
    }

    @Test
    void anActiveRetailDealerFailsOnlyItsCriterionWithTheRecordBehindIt() {
        MapFigures f = new MapFigures().stock("H:RETAIL_DEALER:UNLICENSED", 1)
                // watched (eradicated) points and flows are not active points
                .stock("HW:COMPLEX_POINT", 1).flow("H:COMPLEX_POINT:UNLICENSED:in:NEWLY_FOUND_BY_REVIEW", 1);
        List<String> asked = new ArrayList<>();

        CommuneEvaluation e = DEFAULT.evaluate("HNA-BL-X", "Xã Mẫu", f, c -> {
            asked.add(c.id());
            return c == DEALERS ? List.of(DEALER_RECORD) : List.of();
        });

        assertThat(e.drugFree()).isFalse();
        assertThat(e.failedCriteria()).containsExactly("no-active-retail-dealer");
        CriterionResult dealer = e.criteria().get(1);
        assertThat(dealer.found()).isEqualTo(1);
        assertThat(dealer.limit()).isZero();
        assertThat(dealer.kind()).isEqualTo(CheckKind.ACTIVE_HOTSPOTS);
        assertThat(dealer.description()).isEqualTo("Không có đối tượng bán lẻ");
        assertThat(dealer.records()).containsExactly(DEALER_RECORD);
        assertThat(e.criteria().getFirst().passed()).isTrue();
        assertThat(asked).containsExactly("no-active-retail-dealer");
    }

    @Test
    void activePointsCountBothLicensedAndOtherPlacesOfEachKindNamed() {
        Criterion points = new Criterion.ActiveHotspots("points", "điểm", 0, List.of("COMPLEX_POINT", "CLUSTER"));
        MapFigures f = new MapFigures().stock("H:COMPLEX_POINT:LICENSED", 1).stock("H:CLUSTER:UNLICENSED", 2)
                .stock("H:RISK_POINT:UNLICENSED", 5);

        assertThat(points.found(f)).isEqualTo(3);
    }

    @Test
    void newAddictsAreEntriesByReasonAndMovesFromUserListsButNotTransfersOrRelapses() {
        MapFigures f = new MapFigures()
                .flow("L:ADDICT:in:ADDICTION_DETERMINED", 1)
                .flow("L:ADDICT:in:NEWLY_FOUND_BY_REVIEW", 1)
                .flow("X:ILLEGAL_USER:ADDICT", 1)
                // the same move seen as an addition to the list: not counted twice
                .flow("L:ADDICT:in:MOVED_FROM_ANOTHER_LIST", 2)
                .flow("L:ADDICT:in:TRANSFERRED_IN", 1)
                .flow("X:POST_REHAB:ADDICT", 1)
                // an addict at the evaluation date who became one before the year
                .stock("L:ADDICT", 4);

        assertThat(NEW_ADDICTS.found(f)).isEqualTo(3);
    }

    @Test
    void aRelapseCountsAsNewOnlyWhenTheRuleSetNamesPostRehab() {
        Criterion withRelapse = new Criterion.NewOnList("new", "mới", 0, "ADDICT", List.of(),
                List.of("POST_REHAB"));

        assertThat(withRelapse.found(new MapFigures().flow("X:POST_REHAB:ADDICT", 1))).isEqualTo(1);
    }

    @Test
    void managedPeopleWithoutAnOpenDossierAreCountedWhateverTheirStateWasGiven() {
        MapFigures f = new MapFigures()
                .stock("L:ADDICT", 3).stock("L:ADDICT:by:dossier:OPEN", 1).stock("L:ADDICT:by:dossier:NONE", 1)
                // the third addict's dossier state was never given: no breakdown key, still without a dossier
                .stock("L:POST_REHAB", 1).stock("L:POST_REHAB:by:dossier:CLOSED", 1)
                .stock("L:ILLEGAL_USER", 2).stock("L:ILLEGAL_USER:by:dossier:OPEN", 2)
                // suspected lists are not managed lists
                .stock("L:SUSPECTED_USER", 7);

        assertThat(DOSSIERS.found(f)).isEqualTo(3);
    }

    @Test
    void residentArrestsAreRegistryPersonsArrestsPlusResidentsOutsideTheRegistry() {
        MapFigures f = new MapFigures().flow("A:arrested", 2).flow("A:suspects", 9).residents(1);

        assertThat(ARRESTS.found(f)).isEqualTo(3);
    }

    @Test
    void aLimitAboveZeroToleratesThatMany() {
        Criterion oneTolerated = new Criterion.ResidentArrests("arrests", "bắt", 1);
        DrugFreeRuleBook.RuleSet set = new DrugFreeRuleBook.RuleSet("lenient", LocalDate.of(2000, 1, 1), null,
                List.of(oneTolerated));

        assertThat(set.evaluate("X", "X", new MapFigures().flow("A:arrested", 1), RecordFinder.NONE).drugFree())
                .isTrue();
        CommuneEvaluation two = set.evaluate("X", "X", new MapFigures().flow("A:arrested", 1).residents(1),
                RecordFinder.NONE);
        assertThat(two.drugFree()).isFalse();
        assertThat(two.criteria().getFirst().found()).isEqualTo(2);
        assertThat(two.criteria().getFirst().limit()).isEqualTo(1);
    }

    @Test
    void aYearIsJudgedByTheSetInForceOnItsEvaluationDate() {
        DrugFreeRuleBook.RuleSet decision28 = new DrugFreeRuleBook.RuleSet("decision-28-2025",
                LocalDate.of(2025, 8, 24), "QĐ 28/2025", List.of(COMPLEX));
        DrugFreeRuleBook book = new DrugFreeRuleBook(List.of(decision28, DEFAULT));

        assertThat(book.at(LocalDate.of(2024, 12, 31)).id()).isEqualTo("platform-default");
        assertThat(book.at(LocalDate.of(2025, 12, 31)).id()).isEqualTo("decision-28-2025");
        assertThat(book.at(LocalDate.of(2025, 8, 23)).id()).isEqualTo("platform-default");
        assertThatThrownBy(() -> book.at(LocalDate.of(1999, 12, 31))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("platform-default");
    }

    @Test
    void aRuleSetRefusesTwoCriteriaWithOneIdAndCriteriaWithoutTheirParameters() {
        assertThatThrownBy(() -> new DrugFreeRuleBook.RuleSet("twice", LocalDate.of(2000, 1, 1), null,
                List.of(COMPLEX, COMPLEX))).hasMessageContaining("twice");
        assertThatThrownBy(() -> new DrugFreeRuleBook.RuleSet("empty", LocalDate.of(2000, 1, 1), null, List.of()))
                .hasMessageContaining("no criterion");
        assertThatThrownBy(() -> new Criterion.ActiveHotspots("p", "d", 0, List.of()))
                .hasMessageContaining("hotspot-kinds");
        assertThatThrownBy(() -> new Criterion.NewOnList("n", "d", 0, "ADDICT", List.of(), List.of()))
                .hasMessageContaining("entry-reasons");
        assertThatThrownBy(() -> new Criterion.WithoutDossier("w", "d", 0, List.of("ADDICT"), null))
                .hasMessageContaining("accepted-dossiers");
        assertThatThrownBy(() -> new Criterion.ResidentArrests("a", " ", 0)).hasMessageContaining("description");
        assertThatThrownBy(() -> new Criterion.ResidentArrests("a", "d", -1)).hasMessageContaining("negative");
        assertThatThrownBy(() -> new DrugFreeRuleBook(List.of(DEFAULT, new DrugFreeRuleBook.RuleSet("other",
                LocalDate.of(2000, 1, 1), null, List.of(COMPLEX))))).hasMessageContaining("same day");
    }
}
