package vn.drugctl.registry.person.infrastructure.mongo;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.drugctl.common.events.Actor;
import vn.drugctl.registry.person.application.ExpiryRun;
import vn.drugctl.registry.person.application.ExpiryRuns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Expiry runs in the {@code expiry_runs} collection, one single-document write per step; the failed ids kept are
 * bounded by the use case. The run's date is stored as its ISO text ({@code 2025-06-30}), so it reads the same
 * whatever the server's time zone. {@code instanceId} and {@code leaseUntil} say which instance runs a queued or
 * running run and until when that claim holds; they are not part of {@link ExpiryRun}.
 */
@Repository
public class MongoExpiryRuns implements ExpiryRuns {
    static final String COLLECTION = "expiry_runs";
    private static final List<ExpiryRun.Status> ACTIVE = List.of(ExpiryRun.Status.QUEUED, ExpiryRun.Status.RUNNING);

    private final MongoTemplate mongo;

    public MongoExpiryRuns(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** An expiry run as stored. */
    record ExpiryRunDocument(String id, String date, ExpiryRun.Status status, ExpiryRun.Trigger trigger,
                             Actor startedBy, Instant startedAt, Instant finishedAt, int expired, int failedCount,
                             List<String> failed, String failure, String instanceId, Instant leaseUntil) {
        ExpiryRun toRun() {
            return new ExpiryRun(id, LocalDate.parse(date), status, trigger, startedBy, startedAt, finishedAt, expired,
                    failedCount, failed, failure);
        }
    }

    @Override
    public void add(ExpiryRun r, String instanceId, Instant leaseUntil) {
        mongo.insert(new ExpiryRunDocument(r.id(), r.date().toString(), r.status(), r.trigger(), r.startedBy(),
                r.startedAt(), null, 0, 0, List.of(), null, instanceId, leaseUntil), COLLECTION);
    }

    @Override
    public List<String> active() {
        Query query = Query.query(Criteria.where("status").in(ACTIVE));
        query.fields().include("_id");
        return mongo.find(query, org.bson.Document.class, COLLECTION).stream().map(d -> d.getString("_id")).toList();
    }

    @Override
    public void remove(String id) {
        mongo.remove(byId(id), COLLECTION);
    }

    @Override
    public void running(String id, Instant leaseUntil) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(ExpiryRun.Status.QUEUED)),
                new Update().set("status", ExpiryRun.Status.RUNNING).set("leaseUntil", leaseUntil), COLLECTION);
    }

    @Override
    public void progress(String id, int expired, int failedCount, List<String> failed, Instant leaseUntil) {
        mongo.updateFirst(byId(id), new Update().set("expired", expired).set("failedCount", failedCount)
                .set("failed", failed).set("leaseUntil", leaseUntil), COLLECTION);
    }

    @Override
    public void finish(String id, ExpiryRun.Status status, Instant at, int expired, int failedCount,
                       List<String> failed, String failure) {
        mongo.updateFirst(byId(id), new Update().set("status", status).set("finishedAt", at).set("expired", expired)
                .set("failedCount", failedCount).set("failed", failed).set("failure", failure).unset("leaseUntil"),
                COLLECTION);
    }

    @Override
    public Optional<ExpiryRun> find(String id) {
        return Optional.ofNullable(mongo.findOne(byId(id), ExpiryRunDocument.class, COLLECTION))
                .map(ExpiryRunDocument::toRun);
    }

    @Override
    public void renewLeases(String instanceId, Instant leaseUntil) {
        mongo.updateMulti(Query.query(Criteria.where("instanceId").is(instanceId).and("status").in(ACTIVE)),
                new Update().set("leaseUntil", leaseUntil), COLLECTION);
    }

    @Override
    public int failAbandoned(Instant now, String previousRunOf) {
        List<Criteria> nobodyRunsIt = new ArrayList<>(List.of(Criteria.where("leaseUntil").lt(now),
                Criteria.where("leaseUntil").exists(false)));
        if (previousRunOf != null) {
            nobodyRunsIt.add(Criteria.where("instanceId").is(previousRunOf));
        }
        return (int) mongo.updateMulti(Query.query(Criteria.where("status").in(ACTIVE)
                        .andOperator(new Criteria().orOperator(nobodyRunsIt))),
                new Update().set("status", ExpiryRun.Status.FAILED).set("finishedAt", now).unset("leaseUntil")
                        .set("failure", "the service instance running it stopped; the periods it ended stay "
                                + "ended: start a run again to end the rest"), COLLECTION).getModifiedCount();
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
