package vn.drugctl.stack.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.Collection;

/**
 * The H2 backend of mongo-java-server with one planner fix: a query that names an exact {@code _id} together with
 * other conditions ({@code {_id: x, version: 3}}, {@code {_id: x, unitPath: {$in: [...]}}}) reads that one
 * document through the {@code _id} index and checks the other conditions on it. Upstream uses an index only when
 * the query has exactly the index's keys, so these queries, which are how every version-guarded update and every
 * scoped read of the platform looks, scanned the whole collection under its lock (seen in the registry benchmark:
 * throughput fell as the registry grew). Real MongoDB plans them on {@code _id} already.
 */
final class IdFirstH2Backend extends H2Backend {
    /** MVStore's page cache; its default (16 MB) made every read of a registry of a few thousand people go to disk. */
    static final int CACHE_MB = Integer.getInteger("mongoWire.cacheMb", 256);

    IdFirstH2Backend(String file) {
        super(new MVStore.Builder().fileName(file).cacheSize(CACHE_MB).open());
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new IdFirstDatabase(databaseName, getMvStore(), getCursorRegistry());
    }

    /** Inner, so that the store is reachable while the superclass constructor already opens collections. */
    private final class IdFirstDatabase extends H2Database {
        IdFirstDatabase(String databaseName, MVStore store, CursorRegistry cursors) {
            super(databaseName, store, cursors);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> data = getMvStore().openMap("databases." + namespace);
            MVMap<String, Object> meta = getMvStore().openMap("meta." + namespace);
            return new IdFirstCollection(this, collectionName, options, data, meta, cursorRegistry);
        }
    }

    static final class IdFirstCollection extends H2Collection {
        IdFirstCollection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
                          MVMap<String, Object> meta, CursorRegistry cursors) {
            super(database, name, options, data, meta, cursors);
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                             int batchSize, Document fieldSelector) {
            Object id = query.get("_id");
            if (query.size() > 1 && id != null && !(id instanceof Document) && !(id instanceof Collection)) {
                Document byId = new Document("_id", id);
                for (Index<Object> index : getIndexes()) {
                    if (index.isUnique() && index.canHandle(byId)) {
                        return matchDocuments(query, index.getPositions(byId), orderBy, numberToSkip, limit,
                                batchSize, fieldSelector);
                    }
                }
            }
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
    }
}
