package vn.drugctl.reporting.ledger.infrastructure.mongo;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.drugctl.common.tenancy.Unit;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.reporting.ledger.application.Counters;
import vn.drugctl.reporting.ledger.domain.LedgerKey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counters in MongoDB collection {@value #COLLECTION}: one document per unit and month ({@code _id} =
 * {@code unitCode|yyyy-MM}) holding {@code d.<date>.<measure>} amounts, their month's totals {@code t.<measure>} (per-record
 * measures' totals apart, in {@code r.<measure>}, so that the totals of earlier months stay small), the
 * unit's path (for subtree sums), a version {@code v} and {@code applied.<aggregateKey>}: the version of the last delta
 * of that aggregate it added. Months keep documents small: an update rewrites one month of one unit.
 *
 * <p>{@link #apply}: one read of the batch's documents (their version and {@code applied} entries for the batch's
 * aggregates), then one bulk of updates adding the deltas that are newer, each guarded by the version read, and one
 * bulk inserting the documents that did not exist. If another writer was first on any, every document of the batch is
 * done again alone (read, guarded update) until it holds its deltas: the guard adds only what it lacks.
 *
 * <p>{@link #sum}: at most three queries over the subtree: the months before {@code from}'s month read only their
 * totals, the months wholly inside the period their totals and per-record totals, and the first and last months, when
 * only partly inside, their days; {@code applied} is never read by a report.
 */
public class MongoCounters implements Counters {
    public static final String COLLECTION = "report_counters";
    private static final int ATTEMPTS = 10;

    private final MongoTemplate mongo;
    private final UnitCatalogue units;

    public MongoCounters(MongoTemplate mongo, UnitCatalogue units) {
        this.mongo = mongo;
        this.units = units;
        // a report reads a subtree's (or exact units') months in a range
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new org.springframework.data.mongodb.core.index.Index()
                .on("unitPath", org.springframework.data.domain.Sort.Direction.ASC)
                .on("month", org.springframework.data.domain.Sort.Direction.ASC).named("unitPath_month"));
        indexes.createIndex(new org.springframework.data.mongodb.core.index.Index()
                .on("unitCode", org.springframework.data.domain.Sort.Direction.ASC)
                .on("month", org.springframework.data.domain.Sort.Direction.ASC).named("unitCode_month"));
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
            split.forEach((doc, amounts) -> byDocument.computeIfAbsent(doc, x -> new ArrayList<>())
                    .add(new Part(delta.aggregateKey(), delta.sequence(), amounts)));
        }
        if (byDocument.isEmpty()) {
            return;
        }
        // the batch's documents: one read, one bulk of guarded updates, one bulk of inserts
        Query all = Query.query(Criteria.where("_id").in(byDocument.keySet()));
        all.fields().include("v");
        byDocument.values().stream().flatMap(List::stream).map(Part::aggregateKey).distinct()
                .forEach(k -> all.fields().include("applied." + k));
        Map<String, Document> stored = new HashMap<>();
        mongo.find(all, Document.class, COLLECTION).forEach(d -> stored.put(d.getString("_id"), d));
        BulkOperations updates = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        int expected = 0;
        List<Document> inserts = new ArrayList<>();
        for (Map.Entry<String, List<Part>> doc : byDocument.entrySet()) {
            Document current = stored.get(doc.getKey());
            Plan plan = plan(doc.getValue(), current);
            if (plan.isEmpty()) {
                continue;
            }
            if (current == null) {
                inserts.add(fresh(doc.getKey(), plan));
            } else {
                updates.updateOne(Query.query(Criteria.where("_id").is(doc.getKey()).and("v").is(current.get("v"))),
                        plan.update());
                expected++;
            }
        }
        int matched = expected == 0 ? 0 : updates.execute().getMatchedCount();
        boolean insertsFailed = false;
        if (!inserts.isEmpty()) {
            try {
                mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION).insert(inserts).execute();
            } catch (DuplicateKeyException | BulkOperationException e) {
                insertsFailed = true;
            }
        }
        if (matched != expected || insertsFailed) {
            // another writer was first on some: each document again, alone; its guard adds only what it lacks
            byDocument.forEach(this::applyTo);
        }
    }

    /** What a document lacks of {@code parts}: the amounts to add and the newest version per aggregate. */
    private record Plan(Map<String, Long> sums, Map<String, Long> newest) {
        boolean isEmpty() {
            return newest.isEmpty();
        }

        Update update() {
            Update update = new Update().inc("v", 1);
            sums.forEach(update::inc);
            newest.forEach((k, s) -> update.set("applied." + k, s));
            return update;
        }
    }

    private static Plan plan(List<Part> parts, Document stored) {
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
                sums.merge((LedgerKey.perRecord(k.measure()) ? "r." : "t.") + k.measure(), n, Long::sum);
            });
        }
        return new Plan(sums, newest);
    }

    private Document fresh(String id, Plan plan) {
        String[] idParts = id.split("\\|");
        Document fresh = new Document("_id", id).append("unitCode", idParts[0])
                .append("unitPath", path(idParts[0])).append("month", idParts[1]).append("v", 1L);
        nested(plan.sums()).forEach(fresh::append);
        return fresh.append("applied", new Document(plan.newest()));
    }

    private void applyTo(String id, List<Part> parts) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Query byId = Query.query(Criteria.where("_id").is(id));
            byId.fields().include("v");
            parts.forEach(p -> byId.fields().include("applied." + p.aggregateKey()));
            Document stored = mongo.findOne(byId, Document.class, COLLECTION);
            Plan plan = plan(parts, stored);
            if (plan.isEmpty()) {
                return;
            }
            if (stored == null) {
                try {
                    mongo.insert(fresh(id, plan), COLLECTION);
                    return;
                } catch (DuplicateKeyException e) {
                    continue;
                }
            }
            if (mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("v").is(stored.get("v"))),
                    plan.update(), COLLECTION).getMatchedCount() == 1) {
                return;
            }
        }
        throw new IllegalStateException("counters " + id + " kept changing while a batch was being added");
    }

    @Override
    public Sums sum(String unitCode, LocalDate from, LocalDate to) {
        return sum(Criteria.where("unitPath").is(unitCode), from, to);
    }

    @Override
    public Map<String, Long> totalsByUnit(String unitCode, String measure) {
        Query all = Query.query(Criteria.where("unitPath").is(unitCode));
        all.fields().include("unitCode").include("t." + measure);
        Map<String, Long> totals = new java.util.TreeMap<>();
        for (Document doc : mongo.find(all, Document.class, COLLECTION)) {
            Document t = doc.get("t", Document.class);
            Number n = t == null ? null : t.get(measure, Number.class);
            if (n != null && n.longValue() != 0) {
                totals.merge(doc.getString("unitCode"), n.longValue(), Long::sum);
            }
        }
        totals.values().removeIf(n -> n == 0);
        return totals;
    }

    @Override
    public Sums sumOf(java.util.Collection<String> unitCodes, LocalDate from, LocalDate to) {
        return sum(Criteria.where("unitCode").in(unitCodes), from, to);
    }

    private Sums sum(Criteria units, LocalDate from, LocalDate to) {
        String f = from.toString();
        String t = to.toString();
        Map<String, Long> before = new HashMap<>();
        Map<String, Long> during = new HashMap<>();
        Query earlier = Query.query(new Criteria().andOperator(units, Criteria.where("month").lt(month(from))));
        earlier.fields().include("t");
        for (Document doc : mongo.find(earlier, Document.class, COLLECTION)) {
            Document totals = doc.get("t", Document.class);
            if (totals != null) {
                totals.forEach((m, n) -> before.merge(m, ((Number) n).longValue(), Long::sum));
            }
        }
        // the months wholly inside the period: their totals (and per-record totals); the first and last months when
        // partly inside: their days
        String firstFull = from.getDayOfMonth() == 1 ? month(from) : month(from.plusMonths(1).withDayOfMonth(1));
        String lastFull = to.equals(to.withDayOfMonth(to.lengthOfMonth())) ? month(to) : month(to.withDayOfMonth(1)
                .minusDays(1));
        if (firstFull.compareTo(lastFull) <= 0) {
            Query full = Query.query(new Criteria().andOperator(units, Criteria.where("month").gte(firstFull)
                    .lte(lastFull)));
            full.fields().include("t").include("r");
            for (Document doc : mongo.find(full, Document.class, COLLECTION)) {
                for (String field : List.of("t", "r")) {
                    Document totals = doc.get(field, Document.class);
                    if (totals != null) {
                        totals.forEach((m, n) -> during.merge(m, ((Number) n).longValue(), Long::sum));
                    }
                }
            }
        }
        List<String> partial = new ArrayList<>();
        if (!month(from).equals(firstFull) || firstFull.compareTo(lastFull) > 0) {
            partial.add(month(from));
        }
        if (!month(to).equals(lastFull) && !partial.contains(month(to))) {
            partial.add(month(to));
        }
        if (!partial.isEmpty()) {
            Query period = Query.query(new Criteria().andOperator(units, Criteria.where("month").in(partial)));
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
        Document fields = new Document("d", new Document()).append("t", new Document()).append("r", new Document());
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
