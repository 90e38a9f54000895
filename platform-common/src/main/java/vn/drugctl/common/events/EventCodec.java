package vn.drugctl.common.events;

import org.bson.Document;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events of one contract to and from their JSON payload, by the contract's names: the same JSON is stored in an
 * aggregate's history and sent inside the envelope, so what is stored is what consumers read.
 */
public final class EventCodec<E> {
    private final EventTypes<E> types;
    private final JsonMapper json;

    public EventCodec(EventTypes<E> types, JsonMapper json) {
        this.types = types;
        this.json = json;
    }

    public EventTypes<E> types() {
        return types;
    }

    public JsonNode toTree(E event) {
        return json.valueToTree(event);
    }

    /** The payload as a BSON document, for an aggregate's stored history. */
    public Document toDocument(E event) {
        return Document.parse(json.writeValueAsString(event));
    }

    /**
     * @throws MalformedEventException when the name is not in the contract or the payload does not fit its type
     */
    public E fromDocument(String name, Document payload) {
        return read(name, payload.toJson());
    }

    public E fromTree(String name, JsonNode payload) {
        return read(name, json.writeValueAsString(payload));
    }

    private E read(String name, String payload) {
        EventType<E> type = types.named(name).orElseThrow(() -> new MalformedEventException("Event type '" + name
                + "' is not in the " + types.root().getSimpleName() + " contract", null));
        try {
            return json.readValue(payload, type.javaType());
        } catch (JacksonException e) {
            throw new MalformedEventException("Payload of " + name + " does not match its schema version "
                    + type.schemaVersion() + ": " + e.getOriginalMessage(), e);
        }
    }
}
