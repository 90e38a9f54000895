package vn.drugctl.registry.person.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The person was arrested as a suspect of a drug incident (reported by hotspot-service's {@code SuspectArrested}).
 * A fact about the person, not a list change: no rule reads it, so it is never refused for the state of a date
 * ({@link HistoryJudge#judged}). Not correctable here: the incident is hotspot-service's record.
 *
 * @param sourceEventId the id of the {@code SuspectArrested} event it was recorded from; the person records each
 *                      source event once, however often it is delivered
 */
public record PersonArrested(String personId, LocalDate businessDate, String incidentId, String suspectId,
                             String arrestingUnitCode, List<String> acts, Arrest.Outcome outcome, String caseNumber,
                             String sourceEventId) implements PersonEvent {
    public PersonArrested {
        acts = acts == null ? List.of() : List.copyOf(acts);
    }

    Arrest arrest() {
        return new Arrest(incidentId, businessDate, arrestingUnitCode, acts, outcome, caseNumber);
    }
}
