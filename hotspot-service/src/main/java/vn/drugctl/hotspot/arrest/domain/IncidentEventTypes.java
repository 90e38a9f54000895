package vn.drugctl.hotspot.arrest.domain;

import vn.drugctl.common.events.EventType;
import vn.drugctl.common.events.EventTypes;

/**
 * The event contract of an incident (arrest) record on topic {@code hotspot.events.v1}: every event type's wire name
 * and payload schema version, written out here and nowhere else. Never change a name; to change a payload
 * incompatibly raise its schema version and say so in {@code docs/events/hotspot.events.v1.md}. The names are
 * disjoint from the other tables of the topic (checked by a test over all of them).
 */
public final class IncidentEventTypes {
    public static final String TOPIC = "hotspot.events.v1";

    public static final EventTypes<IncidentEvent> TABLE = EventTypes.of(IncidentEvent.class,
            EventType.of("IncidentRecorded", 1, IncidentRecorded.class),
            EventType.of("IncidentOutcomeRecorded", 1, IncidentOutcomeRecorded.class),
            EventType.of("IncidentCorrected", 1, IncidentCorrected.class),
            EventType.of("SuspectArrested", 1, SuspectArrested.class),
            EventType.of("ResidentArrested", 1, ResidentArrested.class));

    private IncidentEventTypes() {
    }
}
