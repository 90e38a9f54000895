package vn.drugctl.registry.person.domain;

import vn.drugctl.common.events.Actor;

import java.time.Instant;

/**
 * One entry of a person's history: the event, its id (the same id it travels under on Kafka), when it was entered
 * and by whom. Entries are only ever appended.
 */
public record HistoryEntry(String eventId, PersonEvent event, Instant recordedAt, Actor actor) {
}
