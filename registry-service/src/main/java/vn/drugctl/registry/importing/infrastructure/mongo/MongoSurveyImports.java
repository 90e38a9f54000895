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
import java.util.List;
import java.util.Optional;

/** Survey imports in the {@code survey_imports} collection, readable by whoever may view the importing unit. */
@Repository
public class MongoSurveyImports implements SurveyImports {
    static final String COLLECTION = "survey_imports";

    private final MongoTemplate mongo;

    public MongoSurveyImports(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A survey import as stored. */
    record SurveyImportDocument(String id, String unitCode, List<String> unitPath, String fileName, String uploadedBy,
                                Instant startedAt, Instant finishedAt, SurveyImport.Status status, int rowsTotal,
                                int rowsRead, int imported, int unchanged, int errorCount,
                                List<SurveyRowError> errors, String failure) {
        SurveyImport toImport() {
            return new SurveyImport(id, unitCode, unitPath, fileName, uploadedBy, startedAt, finishedAt, status,
                    rowsTotal, rowsRead, imported, unchanged, errorCount, errors == null ? List.of() : errors, failure);
        }
    }

    @Override
    public void start(SurveyImport s) {
        mongo.insert(new SurveyImportDocument(s.id(), s.unitCode(), s.unitPath(), s.fileName(), s.uploadedBy(),
                s.startedAt(), null, s.status(), s.rowsTotal(), 0, 0, 0, 0, List.of(), null), COLLECTION);
    }

    @Override
    public void progress(String id, int rowsRead, int imported, int unchanged, int errorCount,
                         List<SurveyRowError> newErrors) {
        Update update = new Update().set("rowsRead", rowsRead).set("imported", imported).set("unchanged", unchanged)
                .set("errorCount", errorCount);
        if (!newErrors.isEmpty()) {
            update.push("errors").each(newErrors.toArray());
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), update, COLLECTION);
    }

    @Override
    public void finish(String id, SurveyImport.Status status, Instant at, String failure) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                new Update().set("status", status).set("finishedAt", at).set("failure", failure), COLLECTION);
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
    public int interruptRunning(Instant at) {
        return (int) mongo.updateMulti(Query.query(Criteria.where("status").is(SurveyImport.Status.RUNNING)),
                new Update().set("status", SurveyImport.Status.INTERRUPTED).set("finishedAt", at)
                        .set("failure", "the service stopped while importing; upload the file again: rows already "
                                + "imported are left as they are"), COLLECTION).getModifiedCount();
    }
}
