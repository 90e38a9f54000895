package vn.drugctl.registry.person.domain;

import vn.drugctl.common.events.DomainEvent;

import java.time.LocalDate;

/**
 * Everything that happens to a person's record. Each event has a business date (when it happened in the world,
 * may lie in the past, never in the future); when it was entered and by whom travel beside it
 * ({@link HistoryEntry}, the event envelope).
 */
public sealed interface PersonEvent extends DomainEvent
        permits PersonRegistered, PersonDetailsChanged, PersonMovedToList, PersonLeftList, PersonFlagSet,
        PersonFlagCleared, AddictLocationChanged, DrugTestRecorded, SanctionRecorded, RehabDossierChanged,
        PersonMarkedMovedAway, PersonMoveVerified, PersonReturned, EntryCorrected, PersonArrested {
    String personId();

    LocalDate businessDate();

    /** The name in {@link PersonEventTypes#TABLE}, never the class name. */
    @Override
    default String eventType() {
        return PersonEventTypes.TABLE.nameOf(this);
    }

    @Override
    default int schemaVersion() {
        return PersonEventTypes.TABLE.of(this).schemaVersion();
    }
}
