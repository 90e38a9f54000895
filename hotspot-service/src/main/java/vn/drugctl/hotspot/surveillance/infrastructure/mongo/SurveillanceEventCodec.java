package vn.drugctl.hotspot.surveillance.infrastructure.mongo;

import org.bson.Document;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.drugctl.common.events.EventContract;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceEvent;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceEventTypes;

/** Surveillance events to and from stored form through their contract ({@link SurveillanceEventTypes}). */
@Component
public class SurveillanceEventCodec {
    private final EventContract<SurveillanceEvent> contract;

    public SurveillanceEventCodec(JsonMapper json) {
        this.contract = new EventContract<>(SurveillanceEventTypes.TOPIC, SurveillanceEventTypes.TABLE, json);
    }

    public EventContract<SurveillanceEvent> contract() {
        return contract;
    }

    public Document encode(SurveillanceEvent event) {
        return contract.codec().toDocument(event);
    }

    public SurveillanceEvent decode(String type, Document payload) {
        return contract.codec().fromDocument(type, payload);
    }
}
