package vn.drugctl.reporting.submission.infrastructure;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.json.JsonMapper;
import vn.drugctl.reporting.periodreport.application.PeriodReport;
import vn.drugctl.reporting.submission.application.Submission;
import vn.drugctl.reporting.submission.application.SubmissionStore;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Submissions in MongoDB collection {@value #COLLECTION}, insert-only (no code path updates or deletes one): the
 * frozen report is kept as the JSON the API answered with.
 */
public class MongoSubmissionStore implements SubmissionStore {
    public static final String COLLECTION = "report_submissions";

    private final MongoTemplate mongo;
    private final JsonMapper json;

    public MongoSubmissionStore(MongoTemplate mongo, JsonMapper json) {
        this.mongo = mongo;
        this.json = json;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void add(Submission s) {
        mongo.insert(new Document("_id", s.id()).append("unitCode", s.unitCode()).append("unitPath", s.unitPath())
                .append("from", s.from().toString()).append("to", s.to().toString())
                .append("submittedBy", s.submittedBy()).append("submittedAt", Date.from(s.submittedAt()))
                .append("report", new Document(json.convertValue(s.report(), Map.class))), COLLECTION);
    }

    @Override
    public Optional<Submission> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION)).map(this::submission);
    }

    @Override
    public List<Submission> of(String unitCode, LocalDate from, LocalDate to) {
        Criteria c = Criteria.where("unitCode").is(unitCode);
        if (from != null) {
            c = c.and("from").is(from.toString());
        }
        if (to != null) {
            c = c.and("to").is(to.toString());
        }
        return mongo.find(Query.query(c).with(Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.desc("_id"))),
                Document.class, COLLECTION).stream().map(this::submission).toList();
    }

    private Submission submission(Document d) {
        return new Submission(d.getString("_id"), d.getString("unitCode"), d.getList("unitPath", String.class),
                LocalDate.parse(d.getString("from")), LocalDate.parse(d.getString("to")), d.getString("submittedBy"),
                d.getDate("submittedAt").toInstant(), json.convertValue(d.get("report"), PeriodReport.class));
    }
}
