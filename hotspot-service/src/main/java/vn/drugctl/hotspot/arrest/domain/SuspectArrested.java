package vn.drugctl.hotspot.arrest.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A registry person was arrested: one event per suspect who is a registry person, in the write that records the
 * incident, and again in a write that changes what this event says (the outcome, a correction); the latest by
 * sequence is the truth for {@code (incidentId, suspectId)}. registry-service puts it on the person's file.
 * The payload is a fixed contract (docs/events/hotspot.events.v1.md): {@code grams} are decimal text with exactly 3
 * decimals, {@code occurredAt} keeps the offset the officer gave, {@code outcome} is the suspect's own (prosecuted
 * only when a defendant), {@code caseNumber} is null unless prosecuted.
 *
 * @param substances the seizures taken from this suspect and those seized at the scene from no one suspect
 */
public record SuspectArrested(String incidentId, String suspectId, String personId, String occurredAt,
                              LocalDate businessDate, String arrestingUnitCode, List<SuspectAct> acts,
                              OutcomeKind outcome, String caseNumber, List<Substance> substances)
        implements IncidentEvent {
    public SuspectArrested {
        acts = List.copyOf(acts);
        substances = List.copyOf(substances);
    }

    /** A seized substance as the registry keeps it: kind and grams as decimal text ({@code "1.250"}). */
    public record Substance(SubstanceKind kind, String grams) {
    }
}
