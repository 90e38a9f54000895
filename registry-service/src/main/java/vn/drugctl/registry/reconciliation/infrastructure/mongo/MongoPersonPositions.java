package vn.drugctl.registry.reconciliation.infrastructure.mongo;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.drugctl.registry.person.infrastructure.mongo.MongoPersons;
import vn.drugctl.registry.reconciliation.application.PersonPosition;
import vn.drugctl.registry.reconciliation.application.PersonPositions;

import java.util.List;

/**
 * Person positions from the {@value MongoPersons#COLLECTION} collection: one query on the unit path (the index
 * {@code unitPath_list}), reading the unit, the list, the version and only the event ids of the history (the last
 * event's sequence is the history's size: an event's sequence is its position in it). Unscoped by itself: the use
 * case checks the caller's view of the unit first.
 */
public class MongoPersonPositions implements PersonPositions {
    private final MongoTemplate mongo;

    public MongoPersonPositions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<PersonPosition> inSubtree(String unitCode) {
        Query query = Query.query(Criteria.where("unitPath").is(unitCode)).with(Sort.by("_id"));
        query.fields().include("unitCode", "list", "version", "history.eventId");
        return mongo.find(query, Document.class, MongoPersons.COLLECTION).stream()
                .map(d -> new PersonPosition(d.getString("_id"), d.getList("history", Document.class, List.of())
                        .size(), ((Number) d.get("version")).longValue(), d.getString("unitCode"),
                        d.getString("list")))
                .toList();
    }
}
