package vn.drugctl.registry.person.domain;

import java.time.LocalDate;

/** A compulsory-rehab dossier was created or reached its next stage. */
public record RehabDossierChanged(String personId, LocalDate businessDate, String dossierId,
                                  RehabDossier.Stage stage, String documentRef, String note)
        implements PersonEvent, Correctable {
    @Override
    public PersonEvent amended(LocalDate date, ChangeReason reason, String ref) {
        return new RehabDossierChanged(personId, date == null ? businessDate : date, dossierId, stage,
                ref == null ? documentRef : ref, note);
    }
}
