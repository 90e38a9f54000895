package vn.drugctl.registry.person.domain;

import java.time.LocalDate;

/** A flag or programme no longer applies to the person. */
public record PersonFlagCleared(String personId, LocalDate businessDate, Flag flag, ChangeReason reason,
                                String documentRef, String note) implements PersonEvent, Correctable {
    @Override
    public PersonEvent amended(LocalDate date, ChangeReason newReason, String ref) {
        return new PersonFlagCleared(personId, date == null ? businessDate : date, flag,
                newReason == null ? reason : newReason, ref == null ? documentRef : ref, note);
    }
}
