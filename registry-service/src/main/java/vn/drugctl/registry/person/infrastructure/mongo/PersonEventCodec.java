package vn.drugctl.registry.person.infrastructure.mongo;

import org.bson.Document;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.drugctl.registry.person.domain.AddictLocationChanged;
import vn.drugctl.registry.person.domain.DrugTestRecorded;
import vn.drugctl.registry.person.domain.EntryCorrected;
import vn.drugctl.registry.person.domain.PersonDetailsChanged;
import vn.drugctl.registry.person.domain.PersonEvent;
import vn.drugctl.registry.person.domain.PersonFlagCleared;
import vn.drugctl.registry.person.domain.PersonFlagSet;
import vn.drugctl.registry.person.domain.PersonLeftList;
import vn.drugctl.registry.person.domain.PersonMarkedMovedAway;
import vn.drugctl.registry.person.domain.PersonMoveVerified;
import vn.drugctl.registry.person.domain.PersonMovedToList;
import vn.drugctl.registry.person.domain.PersonRegistered;
import vn.drugctl.registry.person.domain.PersonReturned;
import vn.drugctl.registry.person.domain.RehabDossierChanged;
import vn.drugctl.registry.person.domain.SanctionRecorded;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Person events to and from stored form: the same JSON as on the wire, named by the event type, never by a Java
 * class name, so stored history survives refactoring.
 */
@Component
public class PersonEventCodec {
    static final Map<String, Class<? extends PersonEvent>> TYPES = List.of(PersonRegistered.class,
                    PersonDetailsChanged.class, PersonMovedToList.class, PersonLeftList.class, PersonFlagSet.class,
                    PersonFlagCleared.class, AddictLocationChanged.class, DrugTestRecorded.class,
                    SanctionRecorded.class, RehabDossierChanged.class, PersonMarkedMovedAway.class,
                    PersonMoveVerified.class, PersonReturned.class, EntryCorrected.class)
            .stream().collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private final JsonMapper json;

    public PersonEventCodec(JsonMapper json) {
        this.json = json;
    }

    public Document encode(PersonEvent event) {
        return Document.parse(json.writeValueAsString(event));
    }

    public PersonEvent decode(String type, Document payload) {
        Class<? extends PersonEvent> target = TYPES.get(type);
        if (target == null) {
            throw new IllegalStateException("Unknown person event type in stored history: " + type);
        }
        return json.readValue(payload.toJson(), target);
    }
}
