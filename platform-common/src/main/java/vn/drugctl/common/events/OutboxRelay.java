package vn.drugctl.common.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.bson.Document;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Publishes the events waiting in aggregate documents to Kafka, then removes them from the document.
 *
 * <p>Finding the documents with pending events: after a write that adds events, {@link AggregateStore} upserts a
 * small marker (collection {@code outbox_markers}) naming the aggregate; the relay follows the markers, loads each
 * marked document by id, publishes, and deletes the marker once the document has nothing pending and nobody marked
 * it again meanwhile. So a round costs a few reads by id, not a scan of every aggregate (the MongoDB-compatible
 * server used locally has no secondary indexes). Because the marker is written after the document, a marker the
 * relay sees always covers the events already in the document, and a write that lands later marks again. A marker
 * that could not be written (a crash or a MongoDB error right after the document write) is covered by a full scan
 * at start-up and every {@code drugctl.outbox.full-scan-interval} (5 min).
 *
 * <p>At-least-once: an event is removed only after Kafka acknowledged it (idempotent producer, acks=all), so
 * a crash or a Kafka outage delays it but never loses it; a crash between the acknowledgement and the removal
 * publishes it again, and consumers drop the duplicate by event id. Restart-safe: all state is in MongoDB.
 * One instance of a service relays at a time (a lease document), so several replicas do not race.
 */
public class OutboxRelay implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    static final String LEASES = "outbox_leases";
    static final String MARKERS = "outbox_markers";

    private final MongoTemplate mongo;
    private final Supplier<Producer<String, String>> producerFactory;
    private final OutboxProperties properties;
    private final Clock clock;
    private final String leaseName;
    private final String owner = UUID.randomUUID().toString();
    private final LinkedBlockingQueue<Boolean> wakeUps = new LinkedBlockingQueue<>(1);
    private final Counter published;
    private final Counter failures;
    private final AtomicLong pending = new AtomicLong();

    private volatile boolean running;
    private volatile Thread worker;
    private Producer<String, String> producer;
    private Duration backoff = Duration.ZERO;
    private long lastFullScan = Long.MIN_VALUE;
    /** Until when this instance holds the relay lease, as far as it knows (renewed once half of it is spent). */
    private java.time.Instant leaseHeldUntil;

    public OutboxRelay(MongoTemplate mongo, Supplier<Producer<String, String>> producerFactory,
                       OutboxProperties properties, Clock clock, String serviceName, MeterRegistry meters) {
        this.mongo = mongo;
        this.producerFactory = producerFactory;
        this.properties = properties;
        this.clock = clock;
        this.leaseName = "relay:" + serviceName;
        this.published = Counter.builder("drugctl.outbox.published").description("Events published to Kafka")
                .register(meters);
        this.failures = Counter.builder("drugctl.outbox.failures").description("Failed publication rounds")
                .register(meters);
        meters.gauge("drugctl.outbox.pending", pending);
    }

    /**
     * Notes that {@code aggregateId} in {@code collection} has just been written with new events. Never fails the
     * write it follows: if the marker cannot be written, the periodic full scan finds the events.
     */
    public void markWritten(String collection, String aggregateId) {
        try {
            mongo.upsert(Query.query(Criteria.where("_id").is(collection + "/" + aggregateId)),
                    new Update().set("collection", collection).set("aggregateId", aggregateId).inc("seq", 1), MARKERS);
        } catch (RuntimeException e) {
            log.warn("Could not mark {} {} for the outbox relay ({}); the next full scan will publish its events",
                    collection, aggregateId, e.getMessage());
        }
    }

    /** Asks the relay to look for pending events now rather than at its next poll. */
    public void wakeUp() {
        wakeUps.offer(Boolean.TRUE);
    }

    @Override
    public void start() {
        if (running || properties.collections().isEmpty()) {
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
            int sent;
            try {
                sent = relayOnce();
                backoff = Duration.ZERO;
            } catch (RuntimeException e) {
                sent = 0;
                failures.increment();
                backoff = backoff.isZero() ? Duration.ofMillis(500)
                        : min(backoff.multipliedBy(2), properties.maxBackoff());
                log.warn("Outbox relay could not publish ({}); {} aggregate(s) with pending events; retrying in {} ms",
                        e.getMessage(), pending.get(), backoff.toMillis());
                closeProducer();
            }
            if (sent > 0 && backoff.isZero()) {
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
     * One round: publish the pending events of up to {@code batchSize} documents per collection.
     *
     * @return the number of events published
     */
    public synchronized int relayOnce() {
        if (!holdLease()) {
            return 0;
        }
        long now = System.nanoTime();
        boolean fullScan = lastFullScan == Long.MIN_VALUE
                || now - lastFullScan >= properties.fullScanInterval().toNanos();
        int sent = 0;
        long stillPending = 0;
        for (String collection : properties.collections()) {
            if (fullScan) {
                Query query = Query.query(Criteria.where(AggregateStore.OUTBOX_PENDING).gt(0))
                        .with(Sort.by("_id")).limit(properties.batchSize());
                List<Document> documents = mongo.find(query, Document.class, collection);
                stillPending += documents.size();
                if (!documents.isEmpty()) {
                    sent += publish(collection, documents, new java.util.HashMap<>());
                }
            } else {
                List<Document> markers = mongo.find(Query.query(Criteria.where("collection").is(collection))
                        .limit(properties.batchSize()), Document.class, MARKERS);
                stillPending += markers.size();
                sent += followMarkers(collection, markers);
            }
        }
        if (fullScan) {
            lastFullScan = now;
        }
        pending.set(stillPending);
        return sent;
    }

    private int followMarkers(String collection, List<Document> markers) {
        List<Document> documents = new ArrayList<>();
        for (Document marker : markers) {
            Document document = pendingOf(collection, marker.getString("aggregateId"));
            if (document != null) {
                documents.add(document);
            }
        }
        java.util.Map<Object, Integer> remaining = new java.util.HashMap<>();
        int sent = documents.isEmpty() ? 0 : publish(collection, documents, remaining);
        for (Document marker : markers) {
            Integer left = remaining.get(marker.getString("aggregateId"));
            boolean hadPending = documents.stream().anyMatch(d -> d.get("_id").equals(marker.getString("aggregateId")));
            if (!hadPending || (left != null && left <= 0)) {
                mongo.remove(Query.query(Criteria.where("_id").is(marker.get("_id")).and("seq")
                        .is(marker.get("seq"))), MARKERS);
            }
        }
        return sent;
    }

    /** The aggregate's outbox if it has pending events, else {@code null}. */
    private Document pendingOf(String collection, String aggregateId) {
        Query query = Query.query(Criteria.where("_id").is(aggregateId));
        query.fields().include(AggregateStore.OUTBOX, AggregateStore.OUTBOX_PENDING);
        Document document = mongo.findOne(query, Document.class, collection);
        return document == null || document.getInteger(AggregateStore.OUTBOX_PENDING, 0) <= 0 ? null : document;
    }

    /**
     * Publishes the documents' pending events and removes each acknowledged one from its document.
     *
     * @param remaining filled with each document's count of events still pending after this round
     */
    private int publish(String collection, List<Document> documents, java.util.Map<Object, Integer> remaining) {
        Producer<String, String> p = producer();
        record InFlight(Object id, String eventId, Future<RecordMetadata> ack) {
        }
        List<InFlight> inFlight = new ArrayList<>();
        for (Document document : documents) {
            List<Document> entries = document.getList(AggregateStore.OUTBOX, Document.class, List.of());
            for (Document entry : entries) {
                var record = new ProducerRecord<>(entry.getString("topic"), null, entry.getString("key"),
                        entry.getString("envelope"));
                record.headers().add(new RecordHeader("eventType",
                        entry.getString("eventType").getBytes(StandardCharsets.UTF_8)));
                record.headers().add(new RecordHeader("eventId",
                        entry.getString("eventId").getBytes(StandardCharsets.UTF_8)));
                inFlight.add(new InFlight(document.get("_id"), entry.getString("eventId"), p.send(record)));
            }
        }
        p.flush();
        int sent = 0;
        long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
        for (InFlight f : inFlight) {
            try {
                f.ack().get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("Kafka did not acknowledge event " + f.eventId() + ": " + e, e);
            }
            Integer left = markSent(collection, f.id(), f.eventId());
            if (left != null) {
                remaining.put(f.id(), left);
            }
            published.increment();
            sent++;
        }
        return sent;
    }

    /** Removes one acknowledged event from its document; returns the events still pending there, if known. */
    private Integer markSent(String collection, Object id, String eventId) {
        Query query = Query.query(Criteria.where("_id").is(id).and(AggregateStore.OUTBOX + ".eventId").is(eventId));
        query.fields().include(AggregateStore.OUTBOX_PENDING);
        Update update = new Update().pull(AggregateStore.OUTBOX, new Document("eventId", eventId))
                .inc(AggregateStore.OUTBOX_PENDING, -1);
        Document after = mongo.findAndModify(query, update,
                org.springframework.data.mongodb.core.FindAndModifyOptions.options().returnNew(true), Document.class,
                collection);
        return after == null ? null : after.getInteger(AggregateStore.OUTBOX_PENDING, 0);
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
