package vn.drugctl.hotspot.reconciliation.infrastructure.mongo;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.drugctl.hotspot.hotspot.infrastructure.mongo.MongoHotspots;
import vn.drugctl.hotspot.reconciliation.application.RecordPositions;
import vn.drugctl.hotspot.surveillance.infrastructure.mongo.MongoSurveillanceRecords;

import java.util.List;

/**
 * Record positions from the {@value MongoHotspots#COLLECTION} and {@value MongoSurveillanceRecords#COLLECTION}
 * collections: one query each on the unit path, reading the state fields and only the event ids of the history (the
 * last event's sequence is the history's size: an event's sequence is its position in it). Unscoped by itself: the
 * use case checks the caller's view of the unit first.
 */
public class MongoRecordPositions implements RecordPositions {
    private final MongoTemplate mongo;

    public MongoRecordPositions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<Position> hotspotsInSubtree(String unitCode) {
        return positions(MongoHotspots.COLLECTION, unitCode, true);
    }

    @Override
    public List<Position> surveillanceRecordsInSubtree(String unitCode) {
        return positions(MongoSurveillanceRecords.COLLECTION, unitCode, false);
    }

    private List<Position> positions(String collection, String unitCode, boolean hotspots) {
        Query query = Query.query(Criteria.where("unitPath").is(unitCode)).with(Sort.by("_id"));
        query.fields().include("unitCode", "kind", "status", "version", "history.eventId");
        if (hotspots) {
            query.fields().include("licensed");
        }
        return mongo.find(query, Document.class, collection).stream()
                .map(d -> new Position(d.getString("_id"), d.getList("history", Document.class, List.of()).size(),
                        ((Number) d.get("version")).longValue(), d.getString("unitCode"), d.getString("kind"),
                        d.getString("status"), Boolean.TRUE.equals(d.getBoolean("licensed"))))
                .toList();
    }
}
