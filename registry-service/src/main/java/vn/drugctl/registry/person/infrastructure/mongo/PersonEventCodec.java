package vn.drugctl.registry.person.infrastructure.mongo;

import org.bson.Document;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.drugctl.common.events.EventContract;
import vn.drugctl.registry.person.domain.PersonEvent;
import vn.drugctl.registry.person.domain.PersonEventTypes;

/**
 * Person events to and from stored form, through the registry's event contract ({@link PersonEventTypes}): the same
 * JSON as on the wire, named by the contract's type names, never by a Java class name, so stored history survives
 * refactoring.
 */
@Component
public class PersonEventCodec {
    private final EventContract<PersonEvent> contract;

    public PersonEventCodec(JsonMapper json) {
        this.contract = new EventContract<>(PersonEventTypes.TOPIC, PersonEventTypes.TABLE, json);
    }

    public EventContract<PersonEvent> contract() {
        return contract;
    }

    public Document encode(PersonEvent event) {
        return contract.codec().toDocument(event);
    }

    public PersonEvent decode(String type, Document payload) {
        return contract.codec().fromDocument(type, payload);
    }
}
