package vn.drugctl.reporting.hotspot.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.administrativeIncidents;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.incidents;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.money;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.phones;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.prosecutedDefendants;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.prosecutedIncidents;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.seizedMilligrams;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.suspects;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.suspectsByAct;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.suspectsOtherProvince;
import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.vehicles;
import static vn.drugctl.reporting.hotspot.domain.TestHistory.UNIT;
import static vn.drugctl.reporting.hotspot.domain.TestHistory.amount;
import static vn.drugctl.reporting.hotspot.domain.TestHistory.d;
import static vn.drugctl.reporting.hotspot.domain.TestHistory.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.drugctl.reporting.ledger.domain.Ledger;
import vn.drugctl.reporting.ledger.domain.ProjectedEvent;

/** {@link IncidentProjector} on hand-made histories of synthetic incidents. */
class IncidentProjectorTest {
    private static final String METH = "METHAMPHETAMINE";
    private static final String HEROIN = "HEROIN";

    private final IncidentProjector projector = new IncidentProjector();

    @Test
    void aRecordedIncidentCountsItsSuspectsSeizuresInExactMilligramsAndProperty() {
        Incident i = new Incident("inc-1");
        i.recorded("2024-10-26", details("2024-10-26T15:00:00+07:00",
                List.of(suspect("s1", List.of("POSSESSION", "SALE"), "HNA"),
                        suspect("s2", List.of("POSSESSION"), null)),
                List.of(seizure(METH, "1.250", "s1"), seizure(HEROIN, "0.169", "s2")),
                2_500_000, 1, 2), pending());

        Ledger ledger = projector.ledger(i.events);

        Ledger expected = Ledger.builder()
                .add(UNIT, d("2024-10-26"), incidents(), 1)
                .add(UNIT, d("2024-10-26"), suspects(), 2)
                .add(UNIT, d("2024-10-26"), suspectsByAct("POSSESSION"), 2)
                .add(UNIT, d("2024-10-26"), suspectsByAct("SALE"), 1)
                .add(UNIT, d("2024-10-26"), seizedMilligrams(METH), 1250)
                .add(UNIT, d("2024-10-26"), seizedMilligrams(HEROIN), 169)
                .add(UNIT, d("2024-10-26"), money(), 2_500_000)
                .add(UNIT, d("2024-10-26"), vehicles(), 1)
                .add(UNIT, d("2024-10-26"), phones(), 2)
                .build();
        assertThat(ledger).isEqualTo(expected);
    }

    @Test
    void gramsAreReadAsExactDecimals() {
        assertThat(IncidentProjector.milligrams("1.250")).isEqualTo(1250L);
        assertThat(IncidentProjector.milligrams("0.169")).isEqualTo(169L);
        assertThat(IncidentProjector.milligrams("1000000000.000")).isEqualTo(1_000_000_000_000L);
        assertThat(IncidentProjector.milligrams("0.1")).isEqualTo(100L);
        assertThat(IncidentProjector.milligrams("1.2345")).as("finer than a milligram").isNull();
        assertThat(IncidentProjector.milligrams("-1.000")).isNull();
        assertThat(IncidentProjector.milligrams("abc")).isNull();
        assertThat(IncidentProjector.milligrams(null)).isNull();
        // 0.1 + 0.2 in double is 0.30000000000000004: exact decimals of one substance sum to 300 mg
        Incident i = new Incident("inc-1");
        i.recorded("2024-10-26", details("2024-10-26T15:00:00+07:00", List.of(),
                List.of(seizure(METH, "0.100", null), seizure(METH, "0.200", "s1"), seizure(HEROIN, "1.2345", null)),
                0, 0, 0), pending());
        Ledger ledger = projector.ledger(i.events);
        assertThat(amount(ledger, UNIT, "2024-10-26", seizedMilligrams(METH))).isEqualTo(300);
        assertThat(ledger.amounts().keySet()).noneMatch(k -> k.measure().equals(seizedMilligrams(HEROIN)));
    }

    @Test
    void aCorrectionReplacesTheDetailsItNeverAddsToThem() {
        Incident i = new Incident("inc-1");
        i.recorded("2024-11-21", details("2024-11-21T12:10:00+07:00", List.of(suspect("s1", List.of("SALE"), "HNA")),
                List.of(seizure(METH, "1.250", "s1")), 0, 1, 1), pending());
        i.corrected("2024-11-25", details("2024-11-21T12:10:00+07:00",
                List.of(suspect("s1", List.of("SALE"), "HNA")),
                List.of(seizure(METH, "2.000", "s1"), seizure(HEROIN, "0.050", null)), 0, 1, 1));

        Ledger ledger = projector.ledger(i.events);

        assertThat(amount(ledger, UNIT, "2024-11-21", seizedMilligrams(METH))).isEqualTo(2000);
        assertThat(amount(ledger, UNIT, "2024-11-21", seizedMilligrams(HEROIN))).isEqualTo(50);
        assertThat(amount(ledger, UNIT, "2024-11-21", incidents())).isEqualTo(1);
        assertThat(amount(ledger, UNIT, "2024-11-21", suspects())).isEqualTo(1);
        assertThat(ledger.amounts().keySet()).noneMatch(k -> k.date().equals(d("2024-11-25")));
    }

    @Test
    void aCorrectedOccurredAtMovesEveryDetailsFlowToItsLocalDate() {
        Incident i = new Incident("inc-1");
        i.recorded("2024-11-28", details("2024-11-28T00:10:00+07:00", List.of(suspect("s1", List.of("SALE"), null)),
                List.of(seizure(METH, "0.500", "s1")), 0, 0, 0), pending());
        i.corrected("2024-12-01", details("2024-11-27T23:50:00+07:00",
                List.of(suspect("s1", List.of("SALE"), null)), List.of(seizure(METH, "0.500", "s1")), 0, 0, 0));

        Ledger ledger = projector.ledger(i.events);

        assertThat(ledger.amounts().keySet()).allMatch(k -> k.date().equals(d("2024-11-27")));
        assertThat(amount(ledger, UNIT, "2024-11-27", seizedMilligrams(METH))).isEqualTo(500);
    }

    @Test
    void aProsecutionIsCountedAtItsDecisionDateWithItsDefendants() {
        Incident i = new Incident("inc-1");
        i.recorded("2024-11-15", details("2024-11-15T11:30:00+07:00",
                List.of(suspect("s1", List.of("SALE"), null), suspect("s2", List.of("POSSESSION"), null)),
                List.of(seizure(HEROIN, "0.200", "s1")), 0, 0, 0), pending());
        i.outcome("2024-11-30", map("kind", "PROSECUTED", "caseNumber", "12/2024/HS", "defendants",
                List.of("s1", "s2"), "sanctionDecisionRef", null, "decidedOn", "2024-11-24"));

        Ledger ledger = projector.ledger(i.events);

        assertThat(amount(ledger, UNIT, "2024-11-24", prosecutedIncidents())).isEqualTo(1);
        assertThat(amount(ledger, UNIT, "2024-11-24", prosecutedDefendants())).isEqualTo(2);
        assertThat(amount(ledger, UNIT, "2024-11-30", prosecutedIncidents())).isZero();
        assertThat(amount(ledger, UNIT, "2024-11-15", incidents())).isEqualTo(1);
    }

    @Test
    void withoutADecisionDateTheOutcomeEventsDateIsUsedAndTheLatestOutcomeStands() {
        Incident i = new Incident("inc-1");
        i.recorded("2024-11-15", details("2024-11-15T11:30:00+07:00", List.of(suspect("s1", List.of("OTHER"), null)),
                List.of(), 0, 0, 0), pending());
        i.outcome("2024-11-20", map("kind", "ADMINISTRATIVE", "sanctionDecisionRef", "QĐ 3/QĐ-XPHC",
                "decidedOn", null));

        Ledger administrative = projector.ledger(i.events);
        assertThat(amount(administrative, UNIT, "2024-11-20", administrativeIncidents())).isEqualTo(1);

        i.outcome("2024-12-02", map("kind", "PROSECUTED", "caseNumber", "15/2024/HS", "defendants", List.of("s1"),
                "decidedOn", "2024-12-01"));
        Ledger prosecuted = projector.ledger(i.events);
        assertThat(prosecuted.amounts().keySet()).noneMatch(k -> k.measure().equals(administrativeIncidents()));
        assertThat(amount(prosecuted, UNIT, "2024-12-01", prosecutedIncidents())).isEqualTo(1);
        assertThat(amount(prosecuted, UNIT, "2024-12-01", prosecutedDefendants())).isEqualTo(1);
    }

    @Test
    void suspectsOfAnotherProvinceAreThoseWhoseResidenceProvinceIsNotTheUnits() {
        Incident i = new Incident("inc-1");
        i.recorded("2024-10-26", details("2024-10-26T15:00:00+07:00",
                List.of(suspect("s1", List.of("SALE"), "HNA"), suspect("s2", List.of("SALE"), "NDI"),
                        suspect("s3", List.of("SALE"), "HN"), suspect("s4", List.of("SALE"), null)),
                List.of(), 0, 0, 0), pending());

        Ledger ledger = projector.ledger(i.events);

        assertThat(amount(ledger, UNIT, "2024-10-26", suspects())).isEqualTo(4);
        assertThat(amount(ledger, UNIT, "2024-10-26", suspectsOtherProvince())).isEqualTo(2);
    }

    @Test
    void arrestNoticesUnknownTypesOtherSchemaVersionsAndRepeatsContributeNothing() {
        Incident i = new Incident("inc-1");
        ProjectedEvent recorded = i.recorded("2024-10-26", details("2024-10-26T15:00:00+07:00",
                List.of(suspect("s1", List.of("SALE"), "HNA")), List.of(seizure(METH, "1.000", "s1")), 0, 0, 0),
                pending());
        Ledger before = projector.ledger(i.events);
        i.add("SuspectArrested", "2024-10-26", map("suspectId", "s1", "personId", "p-1", "acts", List.of("SALE"),
                "outcome", "PENDING", "substances", List.of(map("kind", METH, "grams", "1.000"))));
        i.add("ResidentArrested", "2024-10-26", map("suspectId", "s1", "residenceUnitCode", "HNA-BL-ANDO",
                "fullName", "Lý Văn Mẫu (dữ liệu mẫu)", "birthYear", 2001, "arrestingUnitCode", UNIT));
        i.add("IncidentArchived", "2024-10-27", map());
        i.add("IncidentOutcomeRecorded", 2, "2024-10-28", map("outcome", map("kind", "PROSECUTED",
                "defendants", List.of("s1"), "decidedOn", "2024-10-28")));
        List<ProjectedEvent> withRepeat = new ArrayList<>(i.events);
        withRepeat.add(recorded);

        assertThat(projector.ledger(i.events)).isEqualTo(before);
        assertThat(projector.ledger(withRepeat)).isEqualTo(before);
    }

    @Test
    void measureNamesAreTheAgreedOnes() {
        assertThat(List.of(incidents(), suspects(), suspectsByAct("SALE"), suspectsOtherProvince(),
                seizedMilligrams(METH), money(), vehicles(), phones(), prosecutedIncidents(), prosecutedDefendants(),
                administrativeIncidents())).containsExactly("A:incidents", "A:suspects", "A:suspects:act:SALE",
                "A:suspects:otherProvince", "A:seized:METHAMPHETAMINE:mg", "A:moneyVnd", "A:vehicles", "A:phones",
                "A:prosecuted:incidents", "A:prosecuted:defendants", "A:administrative:incidents");
    }

    // ---------------------------------------------------------------- helpers

    private static Map<String, Object> pending() {
        return map("kind", "PENDING", "caseNumber", null, "defendants", List.of(), "sanctionDecisionRef", null,
                "decidedOn", null);
    }

    private static Map<String, Object> details(String occurredAt, List<Map<String, Object>> suspects,
                                               List<Map<String, Object>> seizures, long moneyVnd, int vehicles,
                                               int phones) {
        return map("occurredAt", occurredAt,
                "place", map("road", "Đường Mẫu", "village", "Thôn 1", "unitCode", UNIT),
                "unitCodes", List.of(UNIT, "HNA-BL"), "suspects", suspects, "seizures", seizures,
                "property", map("moneyVnd", moneyVnd, "vehicles", vehicles, "vehiclesDescription", null,
                        "phones", phones, "phonesDescription", null),
                "summary", "Vụ việc mẫu (dữ liệu mẫu)");
    }

    private static Map<String, Object> suspect(String id, List<String> acts, String provinceCode) {
        return map("suspectId", id, "personId", null, "fullName", "Đối tượng Mẫu " + id, "birthDate", null,
                "birthYear", 1995, "residence", map("text", "Thôn Mẫu", "provinceCode", provinceCode,
                        "unitCode", null),
                "acts", acts, "actNote", null);
    }

    private static Map<String, Object> seizure(String kind, String grams, String suspectId) {
        return map("kind", kind, "name", null, "grams", grams, "suspectId", suspectId);
    }

    /** One synthetic incident's events. */
    private static final class Incident extends TestHistory {
        Incident(String id) {
            super("incidentId", id);
        }

        ProjectedEvent recorded(String date, Map<String, Object> details, Map<String, Object> outcome) {
            return add("IncidentRecorded", date, map("details", details, "outcome", outcome,
                    "hotspotEffects", List.of()));
        }

        ProjectedEvent corrected(String date, Map<String, Object> details) {
            return add("IncidentCorrected", date, map("details", details, "changedFields", List.of("seizures"),
                    "note", "cân lại"));
        }

        ProjectedEvent outcome(String date, Map<String, Object> outcome) {
            return add("IncidentOutcomeRecorded", date, map("outcome", outcome, "note", null));
        }
    }
}
