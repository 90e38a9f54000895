package vn.drugctl.hotspot.hotspot.domain;

import vn.drugctl.common.events.Actor;

import java.time.Instant;

/** One entry of a hotspot's append-only history: the event, when it was recorded and by whom. */
public record HistoryEntry(String eventId, HotspotEvent event, Instant recordedAt, Actor actor) {
}
