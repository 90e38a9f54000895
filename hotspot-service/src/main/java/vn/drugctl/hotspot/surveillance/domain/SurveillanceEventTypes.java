package vn.drugctl.hotspot.surveillance.domain;

import vn.drugctl.common.events.EventType;
import vn.drugctl.common.events.EventTypes;

/**
 * The event contract of a surveillance record on topic {@code hotspot.events.v1}: wire names and payload schema
 * versions, written out here and nowhere else, disjoint from the other tables of the topic (checked by a test).
 */
public final class SurveillanceEventTypes {
    public static final String TOPIC = "hotspot.events.v1";

    public static final EventTypes<SurveillanceEvent> TABLE = EventTypes.of(SurveillanceEvent.class,
            EventType.of("SurveillanceRecordOpened", 1, SurveillanceRecordOpened.class),
            EventType.of("SurveillanceRecordReclassified", 1, SurveillanceRecordReclassified.class),
            EventType.of("SurveillanceRecordClosed", 1, SurveillanceRecordClosed.class),
            EventType.of("SurveillanceEntryCorrected", 1, SurveillanceEntryCorrected.class));

    private SurveillanceEventTypes() {
    }
}
