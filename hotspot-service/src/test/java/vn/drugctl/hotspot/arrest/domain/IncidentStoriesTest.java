package vn.drugctl.hotspot.arrest.domain;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.drugctl.common.domain.InvalidField;
import vn.drugctl.common.domain.RuleViolation;
import vn.drugctl.common.events.Actor;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stories of an incident record: what an officer enters, what it refuses, what reaches a registry person's file. */
class IncidentStoriesTest {
    static final Instant NOW = Instant.parse("2026-11-21T03:00:00Z");
    static final Incident.Context CTX = new Incident.Context(NOW, LocalDate.of(2026, 11, 21),
            new Actor("sub-1", "officer.vuban", "HN-BL-VUBAN"));
    static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-20T21:30:00+07:00");

    static Suspect registrySuspect(String suspectId, String personId, SuspectAct... acts) {
        return new Suspect(suspectId, personId, null, null, null, null, List.of(acts), null);
    }

    static Suspect stranger(String suspectId) {
        return new Suspect(suspectId, null, "Phạm Văn Thử", null, 1992,
                new SuspectResidence("xóm 4, xã Châu Nhân, Nghệ An", "NA", null), List.of(SuspectAct.POSSESSION), null);
    }

    static IncidentDraft draft(List<Suspect> suspects, List<IncidentDraft.SeizureDraft> seizures) {
        return new IncidentDraft(AT, new IncidentPlace("đường trục xã", "Thôn 3", "HN-BL-VUBAN"), List.of("HN-BL"),
                suspects, seizures, 600_000L, 1, "xe máy Honda", 2, "điện thoại", "Bắt quả tang");
    }

    static IncidentDraft.SeizureDraft meth(String grams, String suspectId) {
        return new IncidentDraft.SeizureDraft(SubstanceKind.METHAMPHETAMINE, null, new BigDecimal(grams), suspectId);
    }

    static Incident.Change recordOne() {
        return Incident.record(draft(List.of(registrySuspect("s1", "person-1", SuspectAct.POSSESSION, SuspectAct.SALE),
                stranger("s2")), List.of(meth("1.25", "s1"), meth("0.5", "s2"))), "HN-BL-VUBAN",
                List.of("HN", "HN-BL", "HN-BL-VUBAN"), null, List.of(), CTX);
    }

    @Nested
    class ARegistryPersonArrested {
        @Test
        void getsOneSuspectArrestedWithTheirOwnSeizuresAndThePendingOutcome() {
            Incident.Change change = recordOne();

            assertThat(change.events()).hasSize(2);
            assertThat(change.events().getFirst()).isInstanceOf(IncidentRecorded.class);
            SuspectArrested arrested = (SuspectArrested) change.events().get(1);
            assertThat(arrested.personId()).isEqualTo("person-1");
            assertThat(arrested.suspectId()).isEqualTo("s1");
            assertThat(arrested.occurredAt()).isEqualTo("2026-11-20T21:30:00+07:00");
            assertThat(arrested.businessDate()).isEqualTo(LocalDate.of(2026, 11, 20));
            assertThat(arrested.arrestingUnitCode()).isEqualTo("HN-BL-VUBAN");
            assertThat(arrested.acts()).containsExactly(SuspectAct.POSSESSION, SuspectAct.SALE);
            assertThat(arrested.outcome()).isEqualTo(OutcomeKind.PENDING);
            assertThat(arrested.caseNumber()).isNull();
            assertThat(arrested.substances()).containsExactly(
                    new SuspectArrested.Substance(SubstanceKind.METHAMPHETAMINE, "1.250"));
        }

        @Test
        void isToldAgainWhenProsecutedAndNotWhenNothingOfTheirArrestChanged() {
            Incident incident = recordOne().incident();
            Incident.Change prosecuted = incident.recordOutcome(new Outcome(OutcomeKind.PROSECUTED, "12/2026/HS",
                    List.of("s1"), null, LocalDate.of(2026, 11, 21)), null, CTX);

            assertThat(prosecuted.events()).hasSize(2);
            SuspectArrested again = (SuspectArrested) prosecuted.events().get(1);
            assertThat(again.outcome()).isEqualTo(OutcomeKind.PROSECUTED);
            assertThat(again.caseNumber()).isEqualTo("12/2026/HS");

            IncidentDraft onlyTheStrangerChanged = draft(List.of(
                    registrySuspect("s1", "person-1", SuspectAct.POSSESSION, SuspectAct.SALE),
                    new Suspect("s2", null, "Phạm Văn Thử", null, 1993, null, List.of(SuspectAct.POSSESSION), null)),
                    List.of(meth("1.250", "s1"), meth("0.500", "s2")));
            Incident.Change corrected = prosecuted.incident().correct(onlyTheStrangerChanged, "năm sinh sai", CTX);
            assertThat(corrected.events()).singleElement().isInstanceOf(IncidentCorrected.class);
            assertThat(((IncidentCorrected) corrected.events().getFirst()).changedFields()).containsExactly("suspects");
        }

        @Test
        void cannotBeRemovedOrMadeSomeoneElseByACorrection() {
            Incident incident = recordOne().incident();
            assertThatThrownBy(() -> incident.correct(draft(List.of(stranger("s2")), List.of()), "nhầm", CTX))
                    .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("rule",
                            "incident/registry-suspect-kept");
            assertThatThrownBy(() -> incident.correct(draft(List.of(registrySuspect("s1", "person-2",
                    SuspectAct.SALE), stranger("s2")), List.of()), "nhầm", CTX))
                    .isInstanceOf(RuleViolation.class);
        }
    }

    @Nested
    class AResidentOfAnotherUnitArrested {
        static Suspect ofTrangAn(String name, SuspectAct act) {
            return new Suspect("s3", null, name, null, 2005,
                    new SuspectResidence("Thôn Mỹ Duệ, xã Tràng An", "HN", "HN-BL-TRANGAN"), List.of(act), null);
        }

        static Incident.Change record(Suspect... suspects) {
            return Incident.record(draft(List.of(suspects), List.of(meth("2.000", null))), "HN-BL-VUBAN",
                    List.of("HN", "HN-BL", "HN-BL-VUBAN"), null, List.of(), CTX);
        }

        @Test
        void tellsTheResidenceUnitWhoAndWhenButNoneOfTheArrestsDetails() {
            Incident.Change change = record(ofTrangAn("Lý Văn Giả", SuspectAct.SALE), stranger("s2"));

            assertThat(change.events()).hasSize(2);
            ResidentArrested notice = (ResidentArrested) change.events().get(1);
            assertThat(notice).isEqualTo(new ResidentArrested(change.incident().id(), "s3", "HN-BL-TRANGAN",
                    "Lý Văn Giả", 2005, LocalDate.of(2026, 11, 20), "HN-BL-VUBAN"));
        }

        @Test
        void tellsNoOneWhenTheSuspectLivesInTheCapturingUnitsOwnArea() {
            Suspect local = new Suspect("s4", null, "Vương Văn Mẫu", null, 1990,
                    new SuspectResidence("Thôn 3", "HN", "HN-BL-VUBAN"), List.of(SuspectAct.POSSESSION), null);
            assertThat(record(local).events()).singleElement().isInstanceOf(IncidentRecorded.class);
        }

        @Test
        void tellsAgainOnlyWhenACorrectionChangesWhoOrWhereNotTheSeizuresOrActs() {
            Incident incident = record(ofTrangAn("Lý Văn Giả", SuspectAct.SALE)).incident();

            Incident.Change seizureFixed = incident.correct(draft(List.of(ofTrangAn("Lý Văn Giả",
                    SuspectAct.POSSESSION)), List.of(meth("2.500", null))), "cân lại, tàng trữ", CTX);
            assertThat(seizureFixed.events()).singleElement().isInstanceOf(IncidentCorrected.class);

            Incident.Change nameFixed = seizureFixed.incident().correct(draft(List.of(ofTrangAn("Lý Văn Giá",
                    SuspectAct.POSSESSION)), List.of(meth("2.500", null))), "sai tên", CTX);
            assertThat(nameFixed.events()).hasSize(2);
            assertThat(((ResidentArrested) nameFixed.events().get(1)).fullName()).isEqualTo("Lý Văn Giá");
        }

        @Test
        void aResidenceUnitCodeMustLookLikeACode() {
            Suspect odd = new Suspect("s5", null, "Vương Văn Mẫu", null, 1990,
                    new SuspectResidence("Thôn 3", "HN", "xã Tràng An"), List.of(SuspectAct.POSSESSION), null);
            assertThatThrownBy(() -> record(odd)).isInstanceOf(InvalidField.class)
                    .hasFieldOrPropertyWithValue("field", "suspects[0].residence.unitCode");
        }
    }

    @Nested
    class WeightsAreExactGrams {
        @Test
        void upToThreeDecimalsAreKeptWithExactlyThree() {
            assertThat(Grams.text(Grams.of("g", new BigDecimal("0.169")))).isEqualTo("0.169");
            assertThat(Grams.text(Grams.of("g", new BigDecimal("1.2500")))).isEqualTo("1.250");
            assertThat(Grams.text(Grams.of("g", new BigDecimal("1e3")))).isEqualTo("1000.000");
            assertThat(Grams.text(Grams.of("g", new BigDecimal("11.357")))).isEqualTo("11.357");
        }

        @Test
        void aFourthDecimalZeroOrNegativeIsRefusedNamingTheField() {
            for (String bad : List.of("1.2345", "0", "-1", "0.0001", "1e-4", "2000000000")) {
                assertThatThrownBy(() -> Incident.record(draft(List.of(stranger("s2")), List.of(meth(bad, null))),
                        "HN-BL-VUBAN", List.of("HN-BL-VUBAN"), null, List.of(), CTX))
                        .as(bad).isInstanceOf(InvalidField.class)
                        .hasFieldOrPropertyWithValue("field", "seizures[0].grams");
            }
        }
    }

    @Nested
    class BadEntries {
        @Test
        void anIncidentInTheFutureIsRefused() {
            IncidentDraft future = new IncidentDraft(OffsetDateTime.parse("2026-11-21T11:00:01+07:00"),
                    new IncidentPlace(null, null, "HN-BL-VUBAN"), List.of(), List.of(stranger("s")), List.of(), null,
                    null, null, null, null, null);
            assertThatThrownBy(() -> Incident.record(future, "HN-BL-VUBAN", List.of(), null, List.of(), CTX))
                    .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "occurredAt");
        }

        @Test
        void controlCharactersNegativeMoneyAndUnknownSuspectsAreRefusedNamingTheField() {
            assertThatThrownBy(() -> Incident.record(new IncidentDraft(AT, new IncidentPlace("a\u0000b", null,
                    "HN-BL-VUBAN"), List.of(), List.of(stranger("s")), List.of(), null, null, null, null, null, null),
                    "HN-BL-VUBAN", List.of(), null, List.of(), CTX))
                    .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "place.road");
            assertThatThrownBy(() -> Incident.record(new IncidentDraft(AT, new IncidentPlace(null, null,
                    "HN-BL-VUBAN"), List.of(), List.of(stranger("s")), List.of(), -1L, null, null, null, null, null),
                    "HN-BL-VUBAN", List.of(), null, List.of(), CTX))
                    .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "moneyVnd");
            assertThatThrownBy(() -> Incident.record(draft(List.of(stranger("s")), List.of(meth("1", "nobody"))),
                    "HN-BL-VUBAN", List.of(), null, List.of(), CTX))
                    .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "seizures[0].suspectId");
            assertThatThrownBy(() -> Incident.record(draft(List.of(new Suspect(null, null, null, null, null, null,
                    List.of(SuspectAct.SALE), null)), List.of()), "HN-BL-VUBAN", List.of(), null, List.of(), CTX))
                    .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "suspects[0].fullName");
        }

        @Test
        void aProsecutionNeedsACaseNumberAndDefendantsWhoAreSuspects() {
            Incident incident = recordOne().incident();
            assertThatThrownBy(() -> incident.recordOutcome(new Outcome(OutcomeKind.PROSECUTED, null, List.of("s1"),
                    null, null), null, CTX)).isInstanceOf(InvalidField.class)
                    .hasFieldOrPropertyWithValue("field", "caseNumber");
            assertThatThrownBy(() -> incident.recordOutcome(new Outcome(OutcomeKind.PROSECUTED, "1/2026/HS",
                    List.of("x"), null, null), null, CTX)).isInstanceOf(InvalidField.class)
                    .hasFieldOrPropertyWithValue("field", "defendants[0]");
            assertThatThrownBy(() -> incident.recordOutcome(new Outcome(OutcomeKind.ADMINISTRATIVE, null, List.of(),
                    "QĐ 5", LocalDate.of(2026, 11, 19)), null, CTX)).isInstanceOf(InvalidField.class)
                    .hasFieldOrPropertyWithValue("field", "decidedOn");
        }

        @Test
        void aProsecutedIncidentKeepsItsOutcome() {
            Incident prosecuted = recordOne().incident().recordOutcome(new Outcome(OutcomeKind.PROSECUTED,
                    "12/2026/HS", List.of("s1"), null, null), null, CTX).incident();
            assertThatThrownBy(() -> prosecuted.recordOutcome(new Outcome(OutcomeKind.ADMINISTRATIVE, null,
                    List.of(), "QĐ 5", null), null, CTX)).isInstanceOf(RuleViolation.class)
                    .hasFieldOrPropertyWithValue("rule", "incident/outcome-final");
            assertThat(prosecuted.state().outcome().caseNumber()).isEqualTo("12/2026/HS");
        }
    }

    @Test
    void aHotspotEffectIsPartOfTheRecordingAndNamedOnce() {
        Incident.Change change = Incident.record(draft(List.of(stranger("s")), List.of()), "HN-BL-VUBAN", List.of(),
                null, List.of(new HotspotEffect("h1", HotspotEffectKind.ERADICATES)), CTX);
        assertThat(((IncidentRecorded) change.events().getFirst()).hotspotEffects())
                .containsExactly(new HotspotEffect("h1", HotspotEffectKind.ERADICATES));
        assertThatThrownBy(() -> Incident.record(draft(List.of(stranger("s")), List.of()), "HN-BL-VUBAN", List.of(),
                null, List.of(new HotspotEffect("h1", HotspotEffectKind.ERADICATES),
                        new HotspotEffect("h1", HotspotEffectKind.NEUTRALISES)), CTX))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "hotspotEffects[1].hotspotId");
    }
}
