package vn.drugctl.hotspot.hotspot.domain;

import java.time.LocalDate;

/**
 * A step of the lifecycle (or the addition): judged by the rule set of its business date, with a reason from the
 * closed list and the document behind it; a correction may void it (not the addition) or amend its date, reason or
 * document.
 */
public sealed interface LifecycleEvent extends HotspotEvent
        permits HotspotAdded, HotspotEscalated, HotspotNeutralised, HotspotEradicated, HotspotRemoved,
        HotspotReactivated {
    LifecycleStep step();

    HotspotReason reason();

    String documentRef();

    /** The event as a correction says it should have been; {@code null} keeps a value. */
    LifecycleEvent amended(LocalDate businessDate, HotspotReason reason, String documentRef);
}
