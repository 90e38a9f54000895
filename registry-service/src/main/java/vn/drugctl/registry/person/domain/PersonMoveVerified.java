package vn.drugctl.registry.person.domain;

import java.time.LocalDate;

/**
 * The move was verified: who was asked (family, village authority), when, the destination if known, and the
 * verification record's reference.
 */
public record PersonMoveVerified(String personId, LocalDate businessDate, String askedWho, Residence destination,
                                 String documentRef, String note) implements PersonEvent, Correctable {
    @Override
    public PersonEvent amended(LocalDate date, ChangeReason reason, String ref) {
        return new PersonMoveVerified(personId, date == null ? businessDate : date, askedWho, destination,
                ref == null ? documentRef : ref, note);
    }
}
