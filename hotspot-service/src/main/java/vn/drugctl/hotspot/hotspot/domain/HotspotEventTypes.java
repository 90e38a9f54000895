package vn.drugctl.hotspot.hotspot.domain;

import vn.drugctl.common.events.EventType;
import vn.drugctl.common.events.EventTypes;

/**
 * The event contract of a hotspot, on topic {@code hotspot.events.v1}: every event type's wire name and payload
 * schema version, written out here and nowhere else. The names are what every hotspot's stored history holds and
 * every consumer reads: never derive them from class names, never change one; to change a payload incompatibly,
 * raise its schema version (and say so in {@code docs/events/hotspot.events.v1.md}). Checked when this class loads:
 * a {@link HotspotEvent} class without a row, or a name used twice, fails start-up.
 */
public final class HotspotEventTypes {
    public static final String TOPIC = "hotspot.events.v1";

    public static final EventTypes<HotspotEvent> TABLE = EventTypes.of(HotspotEvent.class,
            EventType.of("HotspotAdded", 1, HotspotAdded.class),
            EventType.of("HotspotDetailsChanged", 1, HotspotDetailsChanged.class),
            EventType.of("HotspotEscalated", 1, HotspotEscalated.class),
            EventType.of("HotspotNeutralised", 1, HotspotNeutralised.class),
            EventType.of("HotspotEradicated", 1, HotspotEradicated.class),
            EventType.of("HotspotRemoved", 1, HotspotRemoved.class),
            EventType.of("HotspotReactivated", 1, HotspotReactivated.class),
            EventType.of("HotspotEntryCorrected", 1, HotspotEntryCorrected.class));

    private HotspotEventTypes() {
    }
}
