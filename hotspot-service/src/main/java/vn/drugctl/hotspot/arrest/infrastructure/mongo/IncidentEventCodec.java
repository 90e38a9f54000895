package vn.drugctl.hotspot.arrest.infrastructure.mongo;

import org.bson.Document;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.drugctl.common.events.EventContract;
import vn.drugctl.hotspot.arrest.domain.IncidentEvent;
import vn.drugctl.hotspot.arrest.domain.IncidentEventTypes;

/**
 * Incident events to and from stored form through the contract ({@link IncidentEventTypes}): the same JSON as on
 * the wire, named by the contract's type names, never by a Java class name.
 */
@Component
public class IncidentEventCodec {
    private final EventContract<IncidentEvent> contract;

    public IncidentEventCodec(JsonMapper json) {
        this.contract = new EventContract<>(IncidentEventTypes.TOPIC, IncidentEventTypes.TABLE, json);
    }

    public EventContract<IncidentEvent> contract() {
        return contract;
    }

    public Document encode(IncidentEvent event) {
        return contract.codec().toDocument(event);
    }

    public IncidentEvent decode(String type, Document payload) {
        return contract.codec().fromDocument(type, payload);
    }
}
