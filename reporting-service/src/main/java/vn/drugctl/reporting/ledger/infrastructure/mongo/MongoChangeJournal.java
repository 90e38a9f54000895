package vn.drugctl.reporting.ledger.infrastructure.mongo;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.drugctl.common.tenancy.Unit;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.reporting.ledger.application.ChangeJournal;
import vn.drugctl.reporting.ledger.domain.LedgerKey;

import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The change journal in MongoDB collection {@value #COLLECTION}: one document per aggregate and version
 * ({@code _id} = {@code kind:aggregateId@version}, so appending twice keeps one), with the time it was taken in and
 * the paths of the units its delta touches (for subtree queries).
 */
public class MongoChangeJournal implements ChangeJournal {
    public static final String COLLECTION = "report_changes";

    private final MongoTemplate mongo;
    private final UnitCatalogue units;

    public MongoChangeJournal(MongoTemplate mongo, UnitCatalogue units) {
        this.mongo = mongo;
        this.units = units;
    }

    @Override
    public void append(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        List<Document> documents = changes.stream().map(this::document).toList();
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION).insert(documents).execute();
        } catch (DuplicateKeyException | BulkOperationException e) {
            // some were there already (a batch retried): the others of an unordered bulk are in
            for (Document d : documents) {
                if (!mongo.exists(Query.query(Criteria.where("_id").is(d.get("_id"))), COLLECTION)) {
                    try {
                        mongo.insert(d, COLLECTION);
                    } catch (DuplicateKeyException ignored) {
                        // inserted meanwhile
                    }
                }
            }
        }
    }

    @Override
    public List<Change> since(java.time.Instant after, String unitCode) {
        Query query = Query.query(Criteria.where("unitPaths").is(unitCode).and("at").gt(Date.from(after)))
                .with(Sort.by("at", "_id"));
        return mongo.find(query, Document.class, COLLECTION).stream()
                .map(d -> new Change(d.getString("kind"), d.getString("aggregateId"),
                        ((Number) d.get("version")).longValue(), d.getDate("at").toInstant(),
                        MongoProjectionStore.ledger(d.getList("delta", Document.class))))
                .toList();
    }

    private Document document(Change c) {
        Set<String> paths = new LinkedHashSet<>();
        for (LedgerKey k : c.delta().amounts().keySet()) {
            paths.addAll(units.find(k.unitCode()).map(Unit::path).orElse(List.of(k.unitCode())));
        }
        return new Document("_id", c.kind() + ":" + c.aggregateId() + "@" + c.version()).append("kind", c.kind())
                .append("aggregateId", c.aggregateId()).append("version", c.version()).append("at", Date.from(c.at()))
                .append("unitPaths", List.copyOf(paths)).append("delta", MongoProjectionStore.entries(c.delta()));
    }
}
