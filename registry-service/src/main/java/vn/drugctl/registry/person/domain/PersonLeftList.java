package vn.drugctl.registry.person.domain;

import java.time.LocalDate;

/** The person left its main list and is on none. */
public record PersonLeftList(String personId, LocalDate businessDate, MainList fromList, ChangeReason reason,
                             String documentRef, String note, String ruleSet) implements PersonEvent, Correctable {
    @Override
    public PersonEvent amended(LocalDate date, ChangeReason newReason, String ref) {
        return new PersonLeftList(personId, date == null ? businessDate : date, fromList,
                newReason == null ? reason : newReason, ref == null ? documentRef : ref, note, ruleSet);
    }
}
