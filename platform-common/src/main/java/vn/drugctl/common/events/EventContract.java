package vn.drugctl.common.events;

import tools.jackson.databind.json.JsonMapper;

import java.util.regex.Pattern;

/**
 * What a producing service promises its consumers about one topic: the topic's name ({@code <service>.events.v<N>})
 * and the fixed table of the event types it carries, with the codec that writes and reads their payloads.
 */
public final class EventContract<E> {
    private static final Pattern TOPIC = Pattern.compile("[a-z][a-z0-9-]*\\.events\\.v[0-9]+");

    private final String topic;
    private final EventCodec<E> codec;

    public EventContract(String topic, EventTypes<E> types, JsonMapper json) {
        if (!TOPIC.matcher(topic).matches()) {
            throw new IllegalArgumentException("Topic '" + topic + "' is not named <service>.events.v<N>");
        }
        this.topic = topic;
        this.codec = new EventCodec<>(types, json);
    }

    public String topic() {
        return topic;
    }

    public EventTypes<E> types() {
        return codec.types();
    }

    public EventCodec<E> codec() {
        return codec;
    }
}
