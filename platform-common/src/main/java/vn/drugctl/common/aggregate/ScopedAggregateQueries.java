package vn.drugctl.common.aggregate;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.drugctl.common.audit.RecordUnit;
import vn.drugctl.common.events.AggregateStore;
import vn.drugctl.common.tenancy.TenantScope;

import java.util.List;
import java.util.Optional;

/**
 * The two look-ups by id every aggregate repository needs, over a collection whose documents store the owning unit as
 * {@code unitCode} and its path (the unit and its ancestors) as {@code unitPath}. Each is one MongoDB {@code find}.
 * <ul>
 *   <li>{@link #findInScope}: the document only if one of the caller's view roots is on its unit path, so a document
 *   of another unit or tenant is indistinguishable from a missing one; a scope with no view roots finds nothing
 *   without asking MongoDB. The outbox fields (what the relay still has to deliver) are not read.</li>
 *   <li>{@link #owner}: who owns an id, unscoped, only to tell a 404 from a DENIED audit line; never return it to the
 *   caller as data.</li>
 * </ul>
 */
public final class ScopedAggregateQueries {
    private ScopedAggregateQueries() {
    }

    /** The unit owning an aggregate: its code and its path. */
    public record Owner(String unitCode, List<String> unitPath) implements RecordUnit {
    }

    /** The document {@code id} of {@code type} if the caller may see it, without its outbox fields. */
    public static <D> Optional<D> findInScope(MongoTemplate mongo, Class<D> type, String id, TenantScope scope) {
        if (scope.viewRoots().isEmpty()) {
            return Optional.empty();
        }
        Query query = Query.query(Criteria.where("_id").is(id).and("unitPath").in(scope.viewRoots()));
        query.fields().exclude(AggregateStore.OUTBOX, AggregateStore.OUTBOX_RECORDS);
        return Optional.ofNullable(mongo.findOne(query, type));
    }

    /** The owner of the document {@code id} of {@code type}, whoever asks; empty if there is none. */
    public static Optional<Owner> owner(MongoTemplate mongo, Class<?> type, String id) {
        Query query = Query.query(Criteria.where("_id").is(id));
        query.fields().include("unitCode", "unitPath");
        org.bson.Document found = mongo.findOne(query, org.bson.Document.class, mongo.getCollectionName(type));
        return Optional.ofNullable(found)
                .map(d -> new Owner(d.getString("unitCode"), d.getList("unitPath", String.class)));
    }
}
