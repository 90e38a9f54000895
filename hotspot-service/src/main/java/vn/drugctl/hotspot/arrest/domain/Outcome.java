package vn.drugctl.hotspot.arrest.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * How an incident was dealt with: {@link OutcomeKind#PROSECUTED} with the case number (số vụ án, e.g. 12/2026/HS) and
 * the defendants (suspect ids of the incident), {@link OutcomeKind#ADMINISTRATIVE} with the reference of the sanction
 * decision, or {@link OutcomeKind#PENDING}. {@code decidedOn} is the decision's date (the business date of the step).
 */
public record Outcome(OutcomeKind kind, String caseNumber, List<String> defendants, String sanctionDecisionRef,
                      LocalDate decidedOn) {
    public static Outcome pending() {
        return new Outcome(OutcomeKind.PENDING, null, List.of(), null, null);
    }

    public Outcome {
        defendants = defendants == null ? List.of() : List.copyOf(defendants);
    }

    /** What a suspect's own outcome is: prosecuted only when a defendant; otherwise the incident's, or pending. */
    public OutcomeKind forSuspect(String suspectId) {
        return switch (kind) {
            case PROSECUTED -> defendants.contains(suspectId) ? OutcomeKind.PROSECUTED : OutcomeKind.PENDING;
            case ADMINISTRATIVE -> OutcomeKind.ADMINISTRATIVE;
            case PENDING -> OutcomeKind.PENDING;
        };
    }
}
