package vn.drugctl.registry.person.domain;

import java.time.LocalDate;

/** The person left the locality; verification with the family and village authority is pending. */
public record PersonMarkedMovedAway(String personId, LocalDate businessDate, Residence reportedDestination,
                                    String note) implements PersonEvent, Correctable {
    @Override
    public PersonEvent amended(LocalDate date, ChangeReason reason, String ref) {
        return new PersonMarkedMovedAway(personId, date == null ? businessDate : date, reportedDestination, note);
    }
}
