package vn.drugctl.registry.importing.infrastructure.mongo;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.registry.importing.application.SurveyImport;
import vn.drugctl.registry.importing.application.SurveyImports;
import vn.drugctl.registry.importing.domain.SurveyRowError;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Survey imports in the {@code survey_imports} collection, readable by whoever may view the importing unit. Each
 * write is one single-document update. An import's document holds at most the errors the use case keeps (bounded in
 * number and size), so it stays far below MongoDB's 16 MB document limit. {@code instanceId} and
 * {@code leaseUntil} say which instance runs a queued or running import and until when that claim holds; they are
 * not part of {@link SurveyImport}.
 */
@Repository
public class MongoSurveyImports implements SurveyImports {
    static final String COLLECTION = "survey_imports";
    private static final List<SurveyImport.Status> ACTIVE = List.of(SurveyImport.Status.QUEUED,
            SurveyImport.Status.RUNNING);

    private final MongoTemplate mongo;

    public MongoSurveyImports(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A survey import as stored. */
    record SurveyImportDocument(String id, String unitCode, List<String> unitPath, String fileName, String uploadedBy,
                                Instant startedAt, Instant finishedAt, SurveyImport.Status status, int rowsTotal,
                                int rowsRead, int imported, int unchanged, int errorCount,
                                List<SurveyRowError> errors, Integer errorsOmitted, String failure, String instanceId,
                                Instant leaseUntil) {
        SurveyImport toImport() {
            return new SurveyImport(id, unitCode, unitPath, fileName, uploadedBy, startedAt, finishedAt, status,
                    rowsTotal, rowsRead, imported, unchanged, errorCount, errors == null ? List.of() : errors,
                    errorsOmitted == null ? 0 : errorsOmitted, failure);
        }
    }

    @Override
    public void add(SurveyImport s, String instanceId, Instant leaseUntil) {
        mongo.insert(new SurveyImportDocument(s.id(), s.unitCode(), s.unitPath(), s.fileName(), s.uploadedBy(),
                s.startedAt(), null, s.status(), s.rowsTotal(), 0, 0, 0, 0, List.of(), 0, null, instanceId,
                leaseUntil), COLLECTION);
    }

    @Override
    public List<String> active(String unitCode) {
        Query query = Query.query(Criteria.where("unitCode").is(unitCode).and("status").in(ACTIVE));
        query.fields().include("_id");
        return mongo.find(query, org.bson.Document.class, COLLECTION).stream().map(d -> d.getString("_id")).toList();
    }

    @Override
    public Set<String> allActive() {
        Query query = Query.query(Criteria.where("status").in(ACTIVE));
        query.fields().include("_id");
        return mongo.find(query, org.bson.Document.class, COLLECTION).stream().map(d -> d.getString("_id"))
                .collect(Collectors.toSet());
    }

    @Override
    public void remove(String id) {
        mongo.remove(byId(id), COLLECTION);
    }

    @Override
    public void running(String id, Instant leaseUntil) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(SurveyImport.Status.QUEUED)),
                new Update().set("status", SurveyImport.Status.RUNNING).set("leaseUntil", leaseUntil), COLLECTION);
    }

    @Override
    public void progress(String id, SurveyImport.Counts counts, List<SurveyRowError> newErrors, Instant leaseUntil) {
        Update update = counts(counts).set("leaseUntil", leaseUntil);
        if (!newErrors.isEmpty()) {
            update.push("errors").each(newErrors.toArray());
        }
        mongo.updateFirst(byId(id), update, COLLECTION);
    }

    @Override
    public void finish(String id, SurveyImport.Status status, Instant at, String failure, SurveyImport.Counts counts) {
        mongo.updateFirst(byId(id), counts(counts).set("status", status).set("finishedAt", at).set("failure", failure)
                .unset("leaseUntil"), COLLECTION);
    }

    @Override
    public Optional<SurveyImport> find(String id, TenantScope scope) {
        if (scope.viewRoots().isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(id).and("unitPath")
                .in(scope.viewRoots())), SurveyImportDocument.class, COLLECTION)).map(SurveyImportDocument::toImport);
    }

    @Override
    public void renewLeases(String instanceId, Instant leaseUntil) {
        mongo.updateMulti(Query.query(Criteria.where("instanceId").is(instanceId).and("status").in(ACTIVE)),
                new Update().set("leaseUntil", leaseUntil), COLLECTION);
    }

    @Override
    public int interruptAbandoned(Instant now, String previousRunOf) {
        // documents written before leases existed have none: nobody runs them
        List<Criteria> nobodyRunsIt = new ArrayList<>(List.of(Criteria.where("leaseUntil").lt(now),
                Criteria.where("leaseUntil").exists(false)));
        if (previousRunOf != null) {
            nobodyRunsIt.add(Criteria.where("instanceId").is(previousRunOf));
        }
        Criteria abandoned = new Criteria().orOperator(nobodyRunsIt);
        return (int) mongo.updateMulti(Query.query(Criteria.where("status").in(ACTIVE).andOperator(abandoned)),
                new Update().set("status", SurveyImport.Status.INTERRUPTED).set("finishedAt", now)
                        .unset("leaseUntil")
                        .set("failure", "the service instance running it stopped; upload the file again: rows "
                                + "already imported are left as they are"), COLLECTION).getModifiedCount();
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    private static Update counts(SurveyImport.Counts counts) {
        return new Update().set("rowsRead", counts.rowsRead()).set("imported", counts.imported())
                .set("unchanged", counts.unchanged()).set("errorCount", counts.errorCount())
                .set("errorsOmitted", counts.errorsOmitted());
    }
}
