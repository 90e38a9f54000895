package vn.drugctl.reporting.ledger.infrastructure.mongo;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.drugctl.common.tenancy.Unit;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.reporting.ledger.application.Counters;
import vn.drugctl.reporting.ledger.domain.LedgerKey;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counters in MongoDB collection {@value #COLLECTION}: one document per unit and month ({@code _id} =
 * {@code unitCode|yyyy-MM}) holding {@code d.<date>.<measure>} amounts, their month's totals {@code t.<measure>}, the
 * unit's path (for subtree sums), a version {@code v} and {@code applied.<aggregateKey>}: the version of the last delta
 * of that aggregate it added. Months keep documents small: an update rewrites one month of one unit.
 *
 * <p>{@link #apply}: per document, one read of its {@code applied} entries for the batch's aggregates, then one update
 * adding the deltas that are newer, guarded by the version read (a concurrent writer makes it read again). A document
 * that does not exist is inserted. {@link #sum}: two queries over the subtree: the months before {@code from}'s month
 * read only their totals, the months of the period read their days; {@code applied} is never read by a report.
 */
public class MongoCounters implements Counters {
    public static final String COLLECTION = "report_counters";
    private static final int ATTEMPTS = 10;

    private final MongoTemplate mongo;
    private final UnitCatalogue units;

    public MongoCounters(MongoTemplate mongo, UnitCatalogue units) {
        this.mongo = mongo;
        this.units = units;
    }

    private record Part(String aggregateKey, long sequence, Map<LedgerKey, Long> amounts) {
    }

    @Override
    public void apply(List<Delta> deltas) {
        Map<String, List<Part>> byDocument = new LinkedHashMap<>();
        for (Delta delta : deltas) {
            Map<String, Map<LedgerKey, Long>> split = new LinkedHashMap<>();
            delta.delta().amounts().forEach((k, n) -> split.computeIfAbsent(id(k.unitCode(), month(k.date())),
                    x -> new LinkedHashMap<>()).put(k, n));
            split.forEach((doc, amounts) -> byDocument.computeIfAbsent(doc, x -> new java.util.ArrayList<>())
                    .add(new Part(delta.aggregateKey(), delta.sequence(), amounts)));
        }
        byDocument.forEach(this::applyTo);
    }

    private void applyTo(String id, List<Part> parts) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Query byId = Query.query(Criteria.where("_id").is(id));
            byId.fields().include("v");
            parts.forEach(p -> byId.fields().include("applied." + p.aggregateKey()));
            Document stored = mongo.findOne(byId, Document.class, COLLECTION);
            Document applied = stored == null ? new Document() : stored.get("applied", new Document());
            Map<String, Long> newest = new HashMap<>();
            Map<String, Long> sums = new LinkedHashMap<>();
            for (Part p : parts) {
                Number done = applied.get(p.aggregateKey(), Number.class);
                if (done != null && done.longValue() >= p.sequence()) {
                    continue;
                }
                newest.merge(p.aggregateKey(), p.sequence(), Math::max);
                p.amounts().forEach((k, n) -> {
                    sums.merge("d." + k.date() + "." + k.measure(), n, Long::sum);
                    sums.merge("t." + k.measure(), n, Long::sum);
                });
            }
            if (newest.isEmpty()) {
                return;
            }
            if (stored == null) {
                String[] idParts = id.split("\\|");
                Document fresh = new Document("_id", id).append("unitCode", idParts[0])
                        .append("unitPath", path(idParts[0])).append("month", idParts[1]).append("v", 1L);
                nested(sums).forEach(fresh::append);
                fresh.append("applied", new Document(newest));
                try {
                    mongo.insert(fresh, COLLECTION);
                    return;
                } catch (DuplicateKeyException e) {
                    continue;
                }
            }
            Update update = new Update().inc("v", 1);
            sums.forEach(update::inc);
            newest.forEach((k, s) -> update.set("applied." + k, s));
            long v = ((Number) stored.get("v")).longValue();
            if (mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("v").is(v)), update, COLLECTION)
                    .getMatchedCount() == 1) {
                return;
            }
        }
        throw new IllegalStateException("counters " + id + " kept changing while a batch was being added");
    }

    @Override
    public Sums sum(String unitCode, LocalDate from, LocalDate to) {
        String f = from.toString();
        String t = to.toString();
        Map<String, Long> before = new HashMap<>();
        Map<String, Long> during = new HashMap<>();
        Query earlier = Query.query(Criteria.where("unitPath").is(unitCode).and("month").lt(month(from)));
        earlier.fields().include("t");
        for (Document doc : mongo.find(earlier, Document.class, COLLECTION)) {
            Document totals = doc.get("t", Document.class);
            if (totals != null) {
                totals.forEach((m, n) -> before.merge(m, ((Number) n).longValue(), Long::sum));
            }
        }
        Query period = Query.query(Criteria.where("unitPath").is(unitCode).and("month").gte(month(from))
                .lte(month(to)));
        period.fields().include("d");
        for (Document doc : mongo.find(period, Document.class, COLLECTION)) {
            Document days = doc.get("d", Document.class);
            if (days == null) {
                continue;
            }
            days.forEach((day, measures) -> {
                if (day.compareTo(t) > 0) {
                    return;
                }
                Map<String, Long> into = day.compareTo(f) < 0 ? before : during;
                ((Document) measures).forEach((m, n) -> into.merge(m, ((Number) n).longValue(), Long::sum));
            });
        }
        return new Sums(before, during);
    }

    private List<String> path(String unitCode) {
        return units.find(unitCode).map(Unit::path).orElse(List.of(unitCode));
    }

    private static String id(String unitCode, String month) {
        return unitCode + "|" + month;
    }

    private static String month(LocalDate date) {
        return date.toString().substring(0, 7);
    }

    /** The {@code d.<date>.<measure>} and {@code t.<measure>} sums as the nested fields of a new document. */
    private static Document nested(Map<String, Long> sums) {
        Document fields = new Document("d", new Document()).append("t", new Document());
        sums.forEach((path, n) -> {
            String[] p = path.split("\\.");
            Document into = fields.get(p[0], Document.class);
            if (p.length == 3) {
                into = (Document) into.computeIfAbsent(p[1], x -> new Document());
            }
            into.merge(p[p.length - 1], n, (a, b) -> ((Number) a).longValue() + ((Number) b).longValue());
        });
        return fields;
    }
}
