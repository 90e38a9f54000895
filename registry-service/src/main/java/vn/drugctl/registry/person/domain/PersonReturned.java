package vn.drugctl.registry.person.domain;

import java.time.LocalDate;

/** A person marked as moved away is present in the locality again. */
public record PersonReturned(String personId, LocalDate businessDate, String note)
        implements PersonEvent, Correctable {
    @Override
    public PersonEvent amended(LocalDate date, ChangeReason reason, String ref) {
        return new PersonReturned(personId, date == null ? businessDate : date, note);
    }
}
