package vn.drugctl.registry.person.domain;

import java.time.LocalDate;

/** Where an addict is changed (community, compulsory or voluntary rehab, prison). */
public record AddictLocationChanged(String personId, LocalDate businessDate, AddictLocation from,
                                    AddictLocation to, ChangeReason reason, String documentRef, String note)
        implements PersonEvent, Correctable {
    @Override
    public PersonEvent amended(LocalDate date, ChangeReason newReason, String ref) {
        return new AddictLocationChanged(personId, date == null ? businessDate : date, from, to,
                newReason == null ? reason : newReason, ref == null ? documentRef : ref, note);
    }
}
