package vn.drugctl.common.events;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The event-type table: names written out, checked complete and unique when it is built. */
class EventTypesTest {
    sealed interface Thing permits ThingMadeV2, ThingDropped, Nested {
    }

    /** A class renamed after events were stored under "ThingMade": the wire name stays. */
    record ThingMadeV2(String id, String colour) implements Thing {
    }

    record ThingDropped(String id) implements Thing {
    }

    sealed interface Nested extends Thing permits ThingPainted {
    }

    record ThingPainted(String id, String colour) implements Nested {
    }

    static final EventTypes<Thing> TABLE = EventTypes.of(Thing.class,
            EventType.of("ThingMade", 2, ThingMadeV2.class),
            EventType.of("ThingDropped", 1, ThingDropped.class),
            EventType.of("ThingPainted", 1, ThingPainted.class));

    @Test
    void anEventTravelsUnderItsWrittenNameNotItsClassName() {
        Thing made = new ThingMadeV2("t-1", "đỏ");
        assertThat(TABLE.nameOf(made)).isEqualTo("ThingMade");
        assertThat(TABLE.of(made).schemaVersion()).isEqualTo(2);

        EventCodec<Thing> codec = new EventCodec<>(TABLE, JsonMapper.builder().build());
        Document stored = codec.toDocument(made);
        assertThat(stored.toJson()).doesNotContain("ThingMadeV2");
        assertThat(codec.fromDocument("ThingMade", stored)).isEqualTo(made);
    }

    @Test
    void aTableWithTwoTypesUnderOneNameIsRefused() {
        assertThatThrownBy(() -> EventTypes.of(Thing.class,
                EventType.of("ThingMade", 1, ThingMadeV2.class),
                EventType.of("ThingMade", 1, ThingDropped.class),
                EventType.of("ThingPainted", 1, ThingPainted.class)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("share the name ThingMade");
    }

    @Test
    void aTableMissingATypeIsRefusedNamingIt() {
        assertThatThrownBy(() -> EventTypes.of(Thing.class,
                EventType.of("ThingMade", 1, ThingMadeV2.class),
                EventType.of("ThingDropped", 1, ThingDropped.class)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(ThingPainted.class.getName()).hasMessageContaining("without a row");
    }

    @Test
    void aClassWithTwoNamesIsRefused() {
        assertThatThrownBy(() -> EventTypes.of(Thing.class,
                EventType.of("ThingMade", 1, ThingMadeV2.class),
                EventType.of("ThingCreated", 1, ThingMadeV2.class),
                EventType.of("ThingDropped", 1, ThingDropped.class),
                EventType.of("ThingPainted", 1, ThingPainted.class)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has two names");
    }

    @Test
    void namesAndVersionsMustBeWellFormed() {
        assertThatThrownBy(() -> EventType.of("thing made", 1, ThingMadeV2.class))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventType.of("ThingMade", 0, ThingMadeV2.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownStoredNameIsAMalformedEventNotAGuess() {
        EventCodec<Thing> codec = new EventCodec<>(TABLE, JsonMapper.builder().build());
        assertThatThrownBy(() -> codec.fromDocument("ThingMadeV2", new Document("id", "t-1")))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("ThingMadeV2").hasMessageContaining("not in the Thing contract");
    }
}
