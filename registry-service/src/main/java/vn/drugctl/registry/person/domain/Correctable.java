package vn.drugctl.registry.person.domain;

import java.time.LocalDate;

/** An event a later {@link EntryCorrected} may amend (date, reason, document) or void. */
public sealed interface Correctable permits PersonMovedToList, PersonLeftList, PersonFlagSet, PersonFlagCleared,
        AddictLocationChanged, DrugTestRecorded, SanctionRecorded, RehabDossierChanged, PersonMarkedMovedAway,
        PersonMoveVerified, PersonReturned {

    /** This event as it should have been recorded; {@code null} arguments keep the recorded value. */
    PersonEvent amended(LocalDate businessDate, ChangeReason reason, String documentRef);
}
