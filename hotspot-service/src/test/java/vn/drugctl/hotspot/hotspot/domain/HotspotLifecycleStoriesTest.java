package vn.drugctl.hotspot.hotspot.domain;

import org.junit.jupiter.api.Test;
import vn.drugctl.common.domain.InvalidField;
import vn.drugctl.common.domain.RuleViolation;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.drugctl.hotspot.hotspot.domain.HotspotKind.CLUSTER;
import static vn.drugctl.hotspot.hotspot.domain.HotspotKind.COMPLEX_POINT;
import static vn.drugctl.hotspot.hotspot.domain.HotspotKind.RETAIL_DEALER;
import static vn.drugctl.hotspot.hotspot.domain.HotspotKind.RISK_POINT;
import static vn.drugctl.hotspot.hotspot.domain.HotspotReason.ACTIVITY_INCREASED;
import static vn.drugctl.hotspot.hotspot.domain.HotspotReason.ACTIVITY_RESUMED;
import static vn.drugctl.hotspot.hotspot.domain.HotspotReason.DISMANTLED_BY_ARREST;
import static vn.drugctl.hotspot.hotspot.domain.HotspotReason.NO_LONGER_ACTIVE;
import static vn.drugctl.hotspot.hotspot.domain.HotspotReason.REGULAR_PATROL_AND_CONTROL;
import static vn.drugctl.hotspot.hotspot.domain.HotspotStory.CONTEXT;
import static vn.drugctl.hotspot.hotspot.domain.HotspotStory.added;
import static vn.drugctl.hotspot.hotspot.domain.HotspotStory.d;
import static vn.drugctl.hotspot.hotspot.domain.HotspotStory.none;
import static vn.drugctl.hotspot.hotspot.domain.HotspotStory.step;

class HotspotLifecycleStoriesTest {

    @Test
    void riskPointEscalatedToComplexPointThenEradicatedByArrests() {
        Hotspot point = added(RISK_POINT, "2024-01-10");
        point = point.escalate(step(ACTIVITY_INCREASED, "2024-03-01"), CONTEXT).hotspot();
        Hotspot.Change eradication = point.eradicate(step(DISMANTLED_BY_ARREST, "2024-05-01"), List.of("incident-7"),
                List.of(), CONTEXT);
        point = eradication.hotspot();

        assertThat(eradication.newEntries()).singleElement().satisfies(e -> {
            assertThat(e.event()).isInstanceOf(HotspotEradicated.class);
            assertThat(((HotspotEradicated) e.event()).ruleSet()).isEqualTo("guidance-689-2023");
        });
        assertThat(point.state().kind()).isEqualTo(COMPLEX_POINT);
        assertThat(point.state().escalatedFrom()).isEqualTo(RISK_POINT);
        assertThat(point.state().status()).isEqualTo(HotspotStatus.ERADICATED);
        assertThat(point.state().watched()).isTrue();
        assertThat(point.state().incidentIds()).containsExactly("incident-7");
        assertThat(point.stateAsOf(d("2024-02-01")).kind()).isEqualTo(RISK_POINT);
        assertThat(point.stateAsOf(d("2024-04-30")).status()).isEqualTo(HotspotStatus.ACTIVE);
        assertThat(point.stateAsOf(d("2024-01-09"))).isNull();
        assertThat(point.version()).isEqualTo(3);
    }

    @Test
    void backDatedRemovalBeforeEscalationIsRefused() {
        Hotspot point = added(RISK_POINT, "2024-01-10").escalate(step(ACTIVITY_INCREASED, "2024-03-01"), CONTEXT)
                .hotspot();
        String escalation = point.history().get(1).eventId();

        RuleViolation refused = catchThrowableOfType(RuleViolation.class,
                () -> point.remove(step(NO_LONGER_ACTIVE, "2024-02-01"), CONTEXT));

        assertThat(refused.rule()).isEqualTo("guidance-689-2023/step");
        assertThat(refused.getMessage()).contains("a REMOVED point cannot be escalated")
                .contains("the change would break the recorded HotspotEscalated of 2024-03-01");
        assertThat(refused.properties()).containsEntry("eventId", escalation).containsEntry("businessDate", "2024-03-01");
        assertThat(point.history()).hasSize(2);
    }

    @Test
    void backDatedNeutralisationBeforeALaterEradicationIsAccepted() {
        Hotspot point = added(CLUSTER, "2024-01-10").eradicate(step(DISMANTLED_BY_ARREST, "2024-05-01"),
                List.of(), List.of("Bản án 12/2024/HS-ST"), CONTEXT).hotspot();
        point = point.neutralise(step(REGULAR_PATROL_AND_CONTROL, "2024-03-01"), CONTEXT).hotspot();
        assertThat(point.stateAsOf(d("2024-04-01")).status()).isEqualTo(HotspotStatus.NEUTRALISED);
        assertThat(point.state().status()).isEqualTo(HotspotStatus.ERADICATED);
    }

    @Test
    void aClusterIsNotEscalatedAndAReasonOfAnotherStepIsRefusedNamingTheRule() {
        Hotspot cluster = added(CLUSTER, "2024-01-10");
        assertThat(catchThrowableOfType(RuleViolation.class, () -> cluster.escalate(step(ACTIVITY_INCREASED,
                "2024-02-01"), CONTEXT)).rule()).isEqualTo("guidance-689-2023/kind");
        RuleViolation reason = catchThrowableOfType(RuleViolation.class, () -> cluster.neutralise(
                step(DISMANTLED_BY_ARREST, "2024-02-01"), CONTEXT));
        assertThat(reason.rule()).isEqualTo("guidance-689-2023/reason");
        assertThat(reason.properties().get("allowedReasons")).asList().contains("REGULAR_PATROL_AND_CONTROL");
    }

    @Test
    void aDealerIsEscalatedOnlyUnderGuidance689JudgedOnTheStepsOwnDate() {
        Hotspot dealer = added(RETAIL_DEALER, "2022-05-01");
        RuleViolation before = catchThrowableOfType(RuleViolation.class,
                () -> dealer.escalate(step(ACTIVITY_INCREASED, "2022-12-01"), CONTEXT));
        assertThat(before.rule()).isEqualTo("before-689/kind");

        Hotspot escalated = dealer.escalate(step(ACTIVITY_INCREASED, "2023-03-01"), CONTEXT).hotspot();
        assertThat(escalated.state().kind()).isEqualTo(COMPLEX_POINT);
        assertThat(escalated.state().details().dealer().fullName()).isEqualTo("Lò Văn Giả");
    }

    @Test
    void anEradicatedPointReactivatesUnderGuidance689ButNotBeforeAndAnActivePointCannot() {
        Hotspot eradicated = added(CLUSTER, "2021-01-10").eradicate(step(DISMANTLED_BY_ARREST, "2021-06-01"),
                List.of("incident-1"), List.of(), CONTEXT).hotspot();
        assertThat(catchThrowableOfType(RuleViolation.class, () -> eradicated.reactivate(step(ACTIVITY_RESUMED,
                "2022-06-01"), none(), null, CONTEXT)).rule()).isEqualTo("before-689/step");

        Hotspot again = eradicated.reactivate(step(ACTIVITY_RESUMED, "2024-06-01"), none(), null, CONTEXT).hotspot();
        assertThat(again.state().status()).isEqualTo(HotspotStatus.ACTIVE);
        assertThat(again.state().reactivations()).isEqualTo(1);
        assertThat(again.state().incidentIds()).isEmpty();
        assertThat(catchThrowableOfType(RuleViolation.class, () -> again.reactivate(step(ACTIVITY_RESUMED,
                "2024-07-01"), none(), null, CONTEXT)).getMessage()).contains("a ACTIVE point cannot be reactivated");
    }

    @Test
    void stepsInTheFutureOrBeforeTheAdditionOrBeforeAnyRulesAreRefused() {
        Hotspot point = added(RISK_POINT, "2024-01-10");
        assertThat(catchThrowableOfType(InvalidField.class, () -> point.neutralise(
                step(REGULAR_PATROL_AND_CONTROL, "2026-06-02"), CONTEXT)).field()).isEqualTo("businessDate");
        assertThat(catchThrowableOfType(RuleViolation.class, () -> point.neutralise(
                step(REGULAR_PATROL_AND_CONTROL, "2024-01-09"), CONTEXT)).rule()).isEqualTo("history/before-added");
        assertThat(catchThrowableOfType(RuleViolation.class, () -> added(RISK_POINT, "2014-12-31")).rule())
                .isEqualTo("no-rules-in-force");
    }

    @Test
    void anEradicationNamesTheArrestsOrDecisionsBehindIt() {
        Hotspot point = added(CLUSTER, "2024-01-10");
        InvalidField missing = catchThrowableOfType(InvalidField.class, () -> point.eradicate(
                step(DISMANTLED_BY_ARREST, "2024-02-01"), List.of(), List.of(), CONTEXT));
        assertThat(missing.field()).isEqualTo("incidentIds");
        assertThat(catchThrowableOfType(InvalidField.class, () -> point.eradicate(step(DISMANTLED_BY_ARREST,
                "2024-02-01"), List.of("bad id!"), List.of(), CONTEXT)).field()).isEqualTo("incidentIds[0]");
    }
}
