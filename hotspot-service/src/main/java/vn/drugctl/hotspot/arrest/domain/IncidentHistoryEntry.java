package vn.drugctl.hotspot.arrest.domain;

import vn.drugctl.common.events.Actor;

import java.time.Instant;

/** One entry of an incident's history: the event, its id (its id on Kafka too), when it was entered and by whom. */
public record IncidentHistoryEntry(String eventId, IncidentEvent event, Instant recordedAt, Actor actor) {
}
