package vn.drugctl.registry.person.domain;

import vn.drugctl.common.events.EventType;
import vn.drugctl.common.events.EventTypes;

/**
 * The event contract of a person's record, topic {@code registry.events.v1}: every event type's wire name and
 * payload schema version, written out here and nowhere else. The names are what is stored in every person's
 * history and sent to every consumer: never derive them from class names, never change one; to change a payload
 * incompatibly, raise its schema version (and say so in {@code docs/events/registry.events.v1.md}). The table is
 * checked when this class loads: a {@link PersonEvent} class without a row, or a name used twice, fails start-up.
 */
public final class PersonEventTypes {
    public static final String TOPIC = "registry.events.v1";

    public static final EventTypes<PersonEvent> TABLE = EventTypes.of(PersonEvent.class,
            EventType.of("PersonRegistered", 1, PersonRegistered.class),
            EventType.of("PersonDetailsChanged", 1, PersonDetailsChanged.class),
            EventType.of("PersonMovedToList", 1, PersonMovedToList.class),
            EventType.of("PersonLeftList", 1, PersonLeftList.class),
            EventType.of("PersonFlagSet", 1, PersonFlagSet.class),
            EventType.of("PersonFlagCleared", 1, PersonFlagCleared.class),
            EventType.of("AddictLocationChanged", 1, AddictLocationChanged.class),
            EventType.of("DrugTestRecorded", 1, DrugTestRecorded.class),
            EventType.of("SanctionRecorded", 1, SanctionRecorded.class),
            EventType.of("RehabDossierChanged", 1, RehabDossierChanged.class),
            EventType.of("PersonMarkedMovedAway", 1, PersonMarkedMovedAway.class),
            EventType.of("PersonMoveVerified", 1, PersonMoveVerified.class),
            EventType.of("PersonReturned", 1, PersonReturned.class),
            EventType.of("EntryCorrected", 1, EntryCorrected.class),
            EventType.of("PersonArrested", 1, PersonArrested.class));

    private PersonEventTypes() {
    }
}
