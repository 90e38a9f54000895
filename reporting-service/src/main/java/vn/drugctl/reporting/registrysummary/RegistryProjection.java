package vn.drugctl.reporting.registrysummary;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.drugctl.common.events.EventEnvelope;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One document per registered person, upserted only when the event's sequence (its position in the person's
 * history, the order the registry's event contract says consumers apply) is newer than what is stored: applying the
 * same event twice changes nothing.
 */
@Component
public class RegistryProjection {
    static final String COLLECTION = "registry_people";

    private final MongoTemplate mongo;

    public RegistryProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return true when the projection changed */
    public boolean apply(EventEnvelope event) {
        if (!"PersonRegistered".equals(event.eventType())) {
            return false;
        }
        Query newer = Query.query(Criteria.where("_id").is(event.aggregateId())
                .and("sequence").lt(event.sequence()));
        Update update = new Update()
                .set("unitCode", event.unitCode())
                .set("unitPath", event.unitPath())
                .set("sequence", event.sequence())
                .set("registeredAt", Date.from(event.occurredAt()))
                .set("lastEventId", event.eventId());
        try {
            var result = mongo.upsert(newer, update, COLLECTION);
            return result.getUpsertedId() != null || result.getModifiedCount() > 0;
        } catch (DuplicateKeyException alreadyNewer) {
            return false;
        }
    }

    /** People registered per unit, for the units whose path contains {@code rootCode}. */
    public Map<String, Long> countByUnit(String rootCode) {
        var aggregation = Aggregation.newAggregation(
                Aggregation.match(Criteria.where("unitPath").is(rootCode)),
                Aggregation.group("unitCode").count().as("people"),
                Aggregation.sort(org.springframework.data.domain.Sort.by("_id")));
        List<Document> rows = mongo.aggregate(aggregation, COLLECTION, Document.class).getMappedResults();
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.forEach(r -> counts.put(r.getString("_id"), ((Number) r.get("people")).longValue()));
        return counts;
    }
}
