package vn.drugctl.hotspot.hotspot.domain;

import vn.drugctl.common.events.DomainEvent;

import java.time.LocalDate;

/** What happened to a hotspot, in past tense; names and schema versions from {@link HotspotEventTypes#TABLE}. */
public sealed interface HotspotEvent extends DomainEvent
        permits LifecycleEvent, HotspotDetailsChanged, HotspotEntryCorrected {
    String hotspotId();

    LocalDate businessDate();

    /** The name in {@link HotspotEventTypes#TABLE}, never the class name. */
    @Override
    default String eventType() {
        return HotspotEventTypes.TABLE.nameOf(this);
    }

    @Override
    default int schemaVersion() {
        return HotspotEventTypes.TABLE.of(this).schemaVersion();
    }
}
