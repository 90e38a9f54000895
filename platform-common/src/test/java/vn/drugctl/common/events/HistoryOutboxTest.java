package vn.drugctl.common.events;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.drugctl.common.tenancy.Unit;
import vn.drugctl.common.tenancy.UnitLevel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The envelopes of a write's new history entries: the write's version, and each its position in the history. */
class HistoryOutboxTest {
    sealed interface Thing permits ThingMade, ThingPainted {
    }

    record ThingMade(String id) implements Thing {
    }

    record ThingPainted(String id, String colour) implements Thing {
    }

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final EventContract<Thing> CONTRACT = new EventContract<>("things.events.v1", EventTypes.of(Thing.class,
            EventType.of("ThingMade", 1, ThingMade.class), EventType.of("ThingPainted", 1, ThingPainted.class)), JSON);
    static final Unit UNIT = new Unit("HN-BL", "Công an huyện Ba Lì", UnitLevel.DISTRICT,
            "HN", LocalDate.of(2020, 1, 1), null, null, List.of("HN", "HN-BL"));
    static final Actor ACTOR = new Actor("sub-1", "canbo.thu", "HN-BL");
    static final EventEnvelopes ENVELOPES = new EventEnvelopes(JSON);

    @Test
    void theNewEntriesAreTheLastOfTheHistoryAndShareTheWritesVersion() {
        Instant day = Instant.parse("2026-11-30T17:00:00Z");
        Instant recorded = Instant.parse("2026-12-01T03:04:05Z");
        List<HistoryOutbox.Entry<Thing>> entries = List.of(
                new HistoryOutbox.Entry<>(new ThingPainted("t-1", "đỏ"), "e-4", day, recorded, ACTOR),
                new HistoryOutbox.Entry<>(new ThingPainted("t-1", "xanh"), "e-5", day, recorded, ACTOR));

        List<OutboxEntry> outbox = HistoryOutbox.envelopes(ENVELOPES, CONTRACT, "t-1", 3, 5, UNIT, entries);

        assertThat(outbox).hasSize(2);
        EventEnvelope first = ENVELOPES.read(outbox.get(0).envelope());
        EventEnvelope second = ENVELOPES.read(outbox.get(1).envelope());
        assertThat(first.eventId()).isEqualTo("e-4");
        assertThat(first.eventType()).isEqualTo("ThingPainted");
        assertThat(first.aggregateId()).isEqualTo("t-1");
        assertThat(first.aggregateVersion()).isEqualTo(3);
        assertThat(first.sequence()).isEqualTo(4);
        assertThat(first.occurredAt()).isEqualTo(day);
        assertThat(first.recordedAt()).isEqualTo(recorded);
        assertThat(first.unitPath()).containsExactly("HN", "HN-BL");
        assertThat(first.actor()).isEqualTo(ACTOR);
        assertThat(second.eventId()).isEqualTo("e-5");
        assertThat(second.sequence()).isEqualTo(5);
        assertThat(second.aggregateVersion()).isEqualTo(3);
        assertThat(ENVELOPES.payload(second, ThingPainted.class).colour()).isEqualTo("xanh");
    }

    @Test
    void aNewAggregatesFirstEventIsSequenceOne() {
        List<OutboxEntry> outbox = HistoryOutbox.envelopes(ENVELOPES, CONTRACT, "t-2", 1, 1, UNIT,
                List.of(new HistoryOutbox.Entry<>(new ThingMade("t-2"), "e-1", Instant.EPOCH, Instant.EPOCH, ACTOR)));

        assertThat(ENVELOPES.read(outbox.getFirst().envelope()).sequence()).isEqualTo(1);
        assertThat(HistoryOutbox.envelopes(ENVELOPES, CONTRACT, "t-2", 2, 1, UNIT, List.of())).isEmpty();
    }

    @Test
    void moreNewEntriesThanTheHistoryHoldsIsAProgrammingError() {
        var entry = new HistoryOutbox.Entry<Thing>(new ThingMade("t-3"), "e-1", Instant.EPOCH, Instant.EPOCH, ACTOR);
        assertThatThrownBy(() -> HistoryOutbox.envelopes(ENVELOPES, CONTRACT, "t-3", 1, 1, UNIT, List.of(entry, entry)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t-3");
    }
}
