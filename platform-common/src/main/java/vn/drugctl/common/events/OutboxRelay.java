package vn.drugctl.common.events;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Delivers what aggregate writes left in their documents: events to Kafka, records (audit lines) to other
 * collections; then removes each delivered item from its document.
 *
 * <p><b>Finding the work.</b> After a write that left something to deliver, {@link AggregateStore} tells the relay of
 * the same instance which document it wrote ({@link #written}); the hint lives in memory only, so the write path
 * costs no extra command. Each round the relay reads all hinted documents of a collection with one query by
 * {@code _id}, delivers, and removes what was delivered with one bulk update (one command for the whole batch): a
 * few commands per round however many writes the round covers. A hint lost in a crash (the document was written,
 * the process died before the relay ran) is covered by a full scan for documents with pending items, at start-up
 * and every {@code drugctl.outbox.full-scan-interval} (5 min), done by one instance at a time (a lease document).
 * Several instances each relay their own writes; when two relay the same document, an event may be published
 * twice, which consumers drop by event id.
 *
 * <p><b>Order and at-least-once.</b> Within a document, events are published in the order they were written and
 * removed only once Kafka acknowledged them (idempotent producer, acks=all); when an event is not acknowledged
 * (Kafka down, a time-out), it and every later event of that document stay and are sent again in the next round,
 * so a consumer never sees a later event of an aggregate without the earlier ones having been sent first. A crash
 * between an acknowledgement and the removal publishes the event again; consumers drop the duplicate. Records are
 * inserted before the events are sent, so an audit line does not wait for Kafka; the insert is idempotent by id.
 *
 * <p><b>Records Kafka refuses for good</b> (too large, a topic not authorised or invalid, not serialisable) would
 * block their document forever: such an event is parked in {@value #PARKED} with the reason and removed from its
 * document, and the relay goes on with the rest (later events of the same aggregate included: a consumer sees the
 * gap in the aggregate's sequence). Parked events show on the {@code drugctl.outbox.parked} metric and in health
 * until an operator republishes or discards them and removes them from that collection.
 *
 * <p><b>Failures of the relay itself</b> (MongoDB unreachable, an {@link Error} such as a class that cannot be
 * loaded) are logged, counted and retried with exponential backoff; the relay thread does not die of them. Health
 * ({@link #status()}) shows the age of the oldest item still to deliver, the number of parked events and the last
 * failure.
 */
public class OutboxRelay implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    static final String LEASES = "outbox_leases";
    public static final String PARKED = "outbox_parked";

    private final MongoTemplate mongo;
    private final Supplier<Producer<String, String>> producerFactory;
    private final OutboxProperties properties;
    private final Clock clock;
    private final String leaseName;
    private final String owner = UUID.randomUUID().toString();
    private final LinkedBlockingQueue<Boolean> wakeUps = new LinkedBlockingQueue<>(1);
    /** Documents written by this instance that have something to deliver, by collection. */
    private final Map<String, Set<Object>> hints = new ConcurrentHashMap<>();
    /** Documents a round could not finish, retried next round (worker thread only). */
    private final Map<String, Set<Object>> unfinished = new LinkedHashMap<>();
    private final Counter published;
    private final Counter recordsDelivered;
    private final Counter failures;
    private final Counter parkedNow;
    private final AtomicLong parkedTotal = new AtomicLong();
    private final AtomicLong pending = new AtomicLong();

    private volatile boolean running;
    private volatile Thread worker;
    private volatile Instant oldestUndelivered;
    private volatile String lastFailure;
    private volatile Instant lastFailureAt;
    private volatile String lastParkedReason;
    private Producer<String, String> producer;
    private Duration backoff = Duration.ZERO;
    private long lastFullScan = Long.MIN_VALUE;
    private boolean parkedCounted;
    /** Until when this instance holds the full-scan lease, as far as it knows (renewed once half of it is spent). */
    private Instant leaseHeldUntil;

    public OutboxRelay(MongoTemplate mongo, Supplier<Producer<String, String>> producerFactory,
                       OutboxProperties properties, Clock clock, String serviceName, MeterRegistry meters) {
        this.mongo = mongo;
        this.producerFactory = producerFactory;
        this.properties = properties;
        this.clock = clock;
        this.leaseName = "relay:" + serviceName;
        this.published = Counter.builder("drugctl.outbox.published").description("Events published to Kafka")
                .register(meters);
        this.recordsDelivered = Counter.builder("drugctl.outbox.records.delivered")
                .description("Outbox records (audit lines) inserted into their collections").register(meters);
        this.failures = Counter.builder("drugctl.outbox.failures").description("Failed relay rounds")
                .register(meters);
        this.parkedNow = Counter.builder("drugctl.outbox.parked.events")
                .description("Events Kafka refused for good, parked by this instance").register(meters);
        Gauge.builder("drugctl.outbox.pending", pending, AtomicLong::get)
                .description("Documents with items the relay could not deliver yet").register(meters);
        Gauge.builder("drugctl.outbox.parked", parkedTotal, AtomicLong::get)
                .description("Events waiting in " + PARKED + " for an operator").register(meters);
        Gauge.builder("drugctl.outbox.oldest.undelivered.age", this, r -> r.oldestUndeliveredAge().toMillis() / 1000.0)
                .baseUnit("seconds").description("Age of the oldest event or record still to deliver (0: none)")
                .register(meters);
    }

    /**
     * Notes that the document {@code id} of {@code collection} has just been written with something to deliver, and
     * wakes the relay. Never fails the write it follows.
     */
    public void written(String collection, Object id) {
        hints.computeIfAbsent(collection, c -> ConcurrentHashMap.newKeySet()).add(id);
        wakeUps.offer(Boolean.TRUE);
    }

    /** What health shows. */
    public record Status(boolean running, boolean workerAlive, long pendingDocuments, Duration oldestUndeliveredAge,
                         long parked, String lastParkedReason, String lastFailure, Instant lastFailureAt) {
    }

    public Status status() {
        Thread t = worker;
        return new Status(running, t != null && t.isAlive(), pending.get(), oldestUndeliveredAge(), parkedTotal.get(),
                lastParkedReason, lastFailure, lastFailureAt);
    }

    private Duration oldestUndeliveredAge() {
        Instant oldest = oldestUndelivered;
        return oldest == null ? Duration.ZERO : Duration.between(oldest, clock.instant());
    }

    @Override
    public void start() {
        if (running) {
            return;
        }
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        Thread t = worker;
        if (t != null) {
            t.interrupt();
            try {
                t.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeProducer();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            int delivered;
            try {
                delivered = relayOnce();
                backoff = Duration.ZERO;
            } catch (Throwable e) {
                if (!running) {
                    return;
                }
                delivered = 0;
                failures.increment();
                lastFailure = e.toString();
                lastFailureAt = clock.instant();
                backoff = backoff.isZero() ? Duration.ofMillis(500)
                        : min(backoff.multipliedBy(2), properties.maxBackoff());
                if (e instanceof Error) {
                    log.error("Outbox relay failed with an error; {} document(s) still to deliver; retrying in {} ms",
                            pending.get(), backoff.toMillis(), e);
                } else {
                    log.warn("Outbox relay could not deliver ({}); {} document(s) still to deliver; retrying in {} ms",
                            e.getMessage(), pending.get(), backoff.toMillis());
                }
                closeProducer();
            }
            if (delivered > 0 && backoff.isZero()) {
                continue;
            }
            try {
                Duration wait = backoff.isZero() ? properties.pollInterval() : backoff;
                wakeUps.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * One round: deliver what the hinted documents (and, when due, the documents a full scan finds) hold.
     *
     * @return the number of events published and records delivered
     * @throws RuntimeException when something could not be delivered for a reason that may pass (it is retried)
     */
    public synchronized int relayOnce() {
        if (!parkedCounted) {
            parkedTotal.set(mongo.estimatedCount(PARKED));
            parkedCounted = true;
        }
        Map<String, Set<Object>> work = new LinkedHashMap<>();
        unfinished.forEach((collection, ids) -> work.computeIfAbsent(collection, c -> new LinkedHashSet<>()).addAll(ids));
        unfinished.clear();
        hints.forEach((collection, ids) -> {
            for (Object id : ids) {
                if (ids.remove(id)) {
                    work.computeIfAbsent(collection, c -> new LinkedHashSet<>()).add(id);
                }
            }
        });
        long now = System.nanoTime();
        if (!properties.collections().isEmpty()
                && (lastFullScan == Long.MIN_VALUE || now - lastFullScan >= properties.fullScanInterval().toNanos())
                && holdLease()) {
            for (String collection : properties.collections()) {
                Query query = Query.query(Criteria.where(AggregateStore.OUTBOX_PENDING).gt(0))
                        .with(Sort.by("_id")).limit(properties.batchSize());
                query.fields().include("_id");
                mongo.find(query, Document.class, collection)
                        .forEach(d -> work.computeIfAbsent(collection, c -> new LinkedHashSet<>()).add(d.get("_id")));
            }
            lastFullScan = now;
        }
        Round round = new Round();
        Throwable failure = null;
        for (Map.Entry<String, Set<Object>> entry : work.entrySet()) {
            List<Object> ids = new ArrayList<>(entry.getValue());
            for (int from = 0; from < ids.size(); from += properties.batchSize()) {
                List<Object> batch = ids.subList(from, Math.min(ids.size(), from + properties.batchSize()));
                try {
                    deliver(entry.getKey(), batch, round);
                } catch (Throwable e) {
                    // an Error too: the documents stay in hand for the next round, they are not forgotten
                    unfinished.computeIfAbsent(entry.getKey(), c -> new LinkedHashSet<>()).addAll(batch);
                    failure = failure == null ? e : failure;
                }
            }
        }
        pending.set(unfinished.values().stream().mapToLong(Set::size).sum());
        oldestUndelivered = round.oldestLeft;
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        return round.delivered;
    }

    /** What one round did and left. */
    private static final class Round {
        int delivered;
        Instant oldestLeft;

        void left(Instant recordedAt) {
            if (recordedAt != null && (oldestLeft == null || recordedAt.isBefore(oldestLeft))) {
                oldestLeft = recordedAt;
            }
        }
    }

    private record Sent(Object id, Document entry, Future<RecordMetadata> ack) {
    }

    /** Delivers the pending items of the documents {@code ids} of {@code collection}. */
    private void deliver(String collection, List<Object> ids, Round round) {
        Query query = Query.query(Criteria.where("_id").in(ids));
        query.fields().include(AggregateStore.OUTBOX, AggregateStore.OUTBOX_RECORDS);
        List<Document> documents = mongo.find(query, Document.class, collection);
        Map<Object, Delivered> delivered = new LinkedHashMap<>();

        // records first: they need MongoDB only, so an audit line does not wait for Kafka
        Map<String, List<Document>> records = new LinkedHashMap<>();
        for (Document document : documents) {
            for (Document record : document.getList(AggregateStore.OUTBOX_RECORDS, Document.class, List.of())) {
                Document body = new Document(record.get("document", Document.class));
                body.put("_id", record.getString("recordId"));
                records.computeIfAbsent(record.getString("collection"), c -> new ArrayList<>()).add(body);
                delivered.computeIfAbsent(document.get("_id"), id -> new Delivered()).records
                        .add(record.getString("recordId"));
            }
        }
        records.forEach(this::insertIdempotently);
        records.values().forEach(r -> recordsDelivered.increment(r.size()));
        round.delivered += records.values().stream().mapToInt(List::size).sum();

        // then the events, in each document's order
        List<Sent> sent = new ArrayList<>();
        RuntimeException transientFailure = null;
        if (documents.stream().anyMatch(d -> !d.getList(AggregateStore.OUTBOX, Document.class, List.of()).isEmpty())) {
            Producer<String, String> p = producer();
            boolean unreachable = false;
            for (Document document : documents) {
                for (Document entry : document.getList(AggregateStore.OUTBOX, Document.class, List.of())) {
                    Future<RecordMetadata> ack = unreachable ? NOT_SENT : send(p, entry);
                    // a send that blocked until max.block.ms (no metadata: Kafka unreachable) would block again for
                    // every later record; the rest of the round waits for the next one
                    Throwable failedAtOnce = ack.isDone() ? outcome(ack, System.nanoTime()) : null;
                    unreachable |= failedAtOnce != null && !isPermanent(failedAtOnce);
                    sent.add(new Sent(document.get("_id"), entry, ack));
                }
            }
            p.flush();
        }
        long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
        Set<Object> blocked = new LinkedHashSet<>();
        List<Document> parked = new ArrayList<>();
        for (Sent s : sent) {
            String eventId = s.entry().getString("eventId");
            if (blocked.contains(s.id())) {
                round.left(recordedAt(s.entry()));
                continue;
            }
            Throwable failure = outcome(s.ack(), deadline);
            if (failure == null) {
                published.increment();
                round.delivered++;
                delivered.computeIfAbsent(s.id(), id -> new Delivered()).events.add(eventId);
            } else if (isPermanent(failure)) {
                parked.add(parkedEntry(collection, s, failure));
                delivered.computeIfAbsent(s.id(), id -> new Delivered()).events.add(eventId);
            } else {
                // it and every later event of this document wait for the next round, so the order holds
                blocked.add(s.id());
                round.left(recordedAt(s.entry()));
                transientFailure = transientFailure == null ? new IllegalStateException("Kafka did not acknowledge event "
                        + eventId + ": " + failure, failure) : transientFailure;
            }
        }
        if (!parked.isEmpty()) {
            insertIdempotently(PARKED, parked);
            parkedTotal.addAndGet(parked.size());
            parkedNow.increment(parked.size());
        }
        clear(collection, delivered);
        if (transientFailure != null) {
            throw transientFailure;
        }
    }

    /** What one round delivered of one document: the events (published or parked) and the records. */
    private static final class Delivered {
        final List<String> events = new ArrayList<>();
        final List<String> records = new ArrayList<>();
    }

    /**
     * Removes what was delivered: one statement per document, however many items it delivered, in bulk commands of at
     * most {@value #CLEAR_CHUNK} statements. A short command matters on the local MongoDB stand-in, which holds the
     * collection's lock for a whole command: one command for a round of 200 documents stalled every request's write
     * for as long. Each statement counts the items off only if the first of them is still there: another relay that
     * read the same items removes them all in its own single statement, so they are never counted off twice.
     */
    private void clear(String collection, Map<Object, Delivered> delivered) {
        List<WriteModel<Document>> statements = new ArrayList<>();
        delivered.forEach((id, d) -> {
            if (!d.events.isEmpty() || !d.records.isEmpty()) {
                statements.add(removal(id, d));
            }
        });
        for (int from = 0; from < statements.size(); from += CLEAR_CHUNK) {
            mongo.getCollection(collection).bulkWrite(statements.subList(from,
                    Math.min(statements.size(), from + CLEAR_CHUNK)), new BulkWriteOptions().ordered(false));
        }
    }

    static final int CLEAR_CHUNK = 25;

    private static ProducerRecord<String, String> record(Document entry) {
        var record = new ProducerRecord<>(entry.getString("topic"), null, entry.getString("key"),
                entry.getString("envelope"));
        record.headers().add(new RecordHeader("eventType", entry.getString("eventType").getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader("eventId", entry.getString("eventId").getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private static final Future<RecordMetadata> NOT_SENT = java.util.concurrent.CompletableFuture.failedFuture(
            new IllegalStateException("not sent: Kafka was unreachable earlier in this round"));

    /** Sends one record; a send that fails at once (too large for the producer, say) answers a failed future. */
    private static Future<RecordMetadata> send(Producer<String, String> p, Document entry) {
        try {
            return p.send(record(entry));
        } catch (RuntimeException e) {
            return java.util.concurrent.CompletableFuture.failedFuture(e);
        }
    }

    /** {@code null} when acknowledged, else why not. */
    private static Throwable outcome(Future<RecordMetadata> ack, long deadline) {
        try {
            ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause() == null ? e : e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        } catch (Exception e) {
            return e;
        }
    }

    /** Failures that sending again cannot cure: the record itself, or the topic, is refused. */
    static boolean isPermanent(Throwable failure) {
        return failure instanceof RecordTooLargeException || failure instanceof RecordBatchTooLargeException
                || failure instanceof InvalidRecordException || failure instanceof InvalidTopicException
                || failure instanceof TopicAuthorizationException || failure instanceof SerializationException;
    }

    private Document parkedEntry(String collection, Sent s, Throwable failure) {
        String reason = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        lastParkedReason = reason;
        log.error("Kafka refuses event {} ({}) of {} {} for good; parked in {}: {}", s.entry().getString("eventId"),
                s.entry().getString("eventType"), collection, s.id(), PARKED, reason);
        return new Document("_id", s.entry().getString("eventId"))
                .append("collection", collection).append("aggregateId", s.id())
                .append("eventType", s.entry().getString("eventType")).append("topic", s.entry().getString("topic"))
                .append("key", s.entry().getString("key")).append("envelope", s.entry().getString("envelope"))
                .append("reason", reason).append("parkedAt", Date.from(clock.instant()));
    }

    private static Instant recordedAt(Document entry) {
        Object at = entry.get("recordedAt");
        return at instanceof Date d ? d.toInstant() : null;
    }

    /**
     * Removes a document's delivered items, counting them off, if the first of them is still there. The filter is one
     * plain document, {@code {_id: …, "outbox.eventId": …}}, not {@code Filters.and}, which the driver renders as
     * {@code $and}: the local stand-in plans only a top-level {@code _id} on its index and scanned the whole
     * collection, under its lock, for every such statement.
     */
    private static UpdateOneModel<Document> removal(Object documentId, Delivered d) {
        Document filter = new Document("_id", documentId);
        if (d.events.isEmpty()) {
            filter.append(AggregateStore.OUTBOX_RECORDS + ".recordId", d.records.getFirst());
        } else {
            filter.append(AggregateStore.OUTBOX + ".eventId", d.events.getFirst());
        }
        List<Bson> updates = new ArrayList<>();
        if (!d.events.isEmpty()) {
            updates.add(Updates.pull(AggregateStore.OUTBOX, Filters.in("eventId", d.events)));
        }
        if (!d.records.isEmpty()) {
            updates.add(Updates.pull(AggregateStore.OUTBOX_RECORDS, Filters.in("recordId", d.records)));
        }
        updates.add(Updates.inc(AggregateStore.OUTBOX_PENDING, -(d.events.size() + d.records.size())));
        return new UpdateOneModel<>(filter, Updates.combine(updates));
    }

    /** Inserts, keeping what is already there (a record delivered twice is inserted once). */
    private void insertIdempotently(String collection, List<Document> documents) {
        try {
            mongo.getCollection(collection).insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            List<BulkWriteError> others = e.getWriteErrors().stream().filter(w -> w.getCode() != 11000).toList();
            if (!others.isEmpty()) {
                throw e;
            }
        }
    }

    private boolean holdLease() {
        var now = clock.instant();
        if (leaseHeldUntil != null && now.isBefore(leaseHeldUntil.minus(properties.leaseTtl().dividedBy(2)))) {
            return true;
        }
        Query query = Query.query(Criteria.where("_id").is(leaseName)
                .orOperator(Criteria.where("owner").is(owner), Criteria.where("until").lt(now)));
        var until = now.plus(properties.leaseTtl());
        Update update = new Update().set("owner", owner).set("until", until);
        try {
            mongo.upsert(query, update, LEASES);
            leaseHeldUntil = until;
            return true;
        } catch (DuplicateKeyException e) {
            leaseHeldUntil = null;
            return false;
        }
    }

    private Producer<String, String> producer() {
        if (producer == null) {
            producer = producerFactory.get();
        }
        return producer;
    }

    private void closeProducer() {
        Producer<String, String> p = producer;
        producer = null;
        if (p != null) {
            try {
                p.close(Duration.ofSeconds(1));
            } catch (RuntimeException e) {
                log.debug("Closing the producer failed", e);
            }
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
