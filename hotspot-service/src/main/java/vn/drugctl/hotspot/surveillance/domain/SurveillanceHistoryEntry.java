package vn.drugctl.hotspot.surveillance.domain;

import vn.drugctl.common.events.Actor;

import java.time.Instant;

/** One entry of a record's history: the event, its id (its id on Kafka too), when it was entered and by whom. */
public record SurveillanceHistoryEntry(String eventId, SurveillanceEvent event, Instant recordedAt, Actor actor) {
}
