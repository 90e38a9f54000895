package vn.drugctl.hotspot.hotspot.infrastructure.mongo;

import org.bson.Document;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.drugctl.common.events.EventContract;
import vn.drugctl.hotspot.hotspot.domain.HotspotEvent;
import vn.drugctl.hotspot.hotspot.domain.HotspotEventTypes;

/**
 * Hotspot events to and from stored form, through the hotspot's event contract ({@link HotspotEventTypes}): the same
 * JSON as on the wire, named by the contract's type names, never by a Java class name, so stored history survives
 * refactoring.
 */
@Component
public class HotspotEventCodec {
    private final EventContract<HotspotEvent> contract;

    public HotspotEventCodec(JsonMapper json) {
        this.contract = new EventContract<>(HotspotEventTypes.TOPIC, HotspotEventTypes.TABLE, json);
    }

    public EventContract<HotspotEvent> contract() {
        return contract;
    }

    public Document encode(HotspotEvent event) {
        return contract.codec().toDocument(event);
    }

    public HotspotEvent decode(String type, Document payload) {
        return contract.codec().fromDocument(type, payload);
    }
}
