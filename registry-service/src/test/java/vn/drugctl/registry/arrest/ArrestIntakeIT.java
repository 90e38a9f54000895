package vn.drugctl.registry.arrest;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.drugctl.common.events.Actor;
import vn.drugctl.common.events.EventEnvelope;
import vn.drugctl.registry.arrest.infrastructure.kafka.HotspotEventsListener;
import vn.drugctl.registry.testing.RegistryApiTest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.drugctl.common.testing.TestTokens.communeOfficer;
import static vn.drugctl.common.testing.TestTokens.districtOfficer;
import static vn.drugctl.common.testing.TestTokens.provinceAnalyst;
import static vn.drugctl.common.testing.TestTokens.user;

/**
 * hotspot-service's {@code SuspectArrested} events, published as real envelopes to the real Kafka broker, taken into
 * people's histories by the registry's consumer: once per event however often it is delivered, with the managing
 * unit notified when another unit made the arrest, and only that unit (and the units above it) seeing the notice.
 * People of Xã Vũ Bản (HN-BL-VUBAN) arrested by Xã An Đổ (HN-BL-ANDO), both under Huyện Bình Lục of Hà Nam; a
 * person of Phường Gia Sàng (TN-GIASANG, Thái Nguyên) for the other tenant. Synthetic people only.
 */
class ArrestIntakeIT extends RegistryApiTest {
    static final String TOPIC = HotspotEventsListener.TOPIC;

    static {
        kafka.start(TOPIC, TOPIC + ".DLT");
    }

    @Autowired
    MeterRegistry meters;

    private String registerPerson(String name, int birthYear, String unit) throws Exception {
        return register("""
                {"fullName":"%s","sex":"MALE","birthYear":%d,
                 "list":{"list":"SUSPECTED_USER","reason":"NEWLY_FOUND_BY_REVIEW","businessDate":"2025-01-10"}}"""
                .formatted(name, birthYear), communeOfficer(unit)).get("id").asString();
    }

    private ObjectNode payload(String personId, String arrestingUnit, String outcome) {
        ObjectNode payload = json.createObjectNode().put("incidentId", "inc-" + UUID.randomUUID())
                .put("suspectId", "sus-" + UUID.randomUUID()).put("personId", personId)
                .put("occurredAt", "2026-11-20T21:30:00+07:00").put("businessDate", "2026-11-20")
                .put("arrestingUnitCode", arrestingUnit).put("outcome", outcome).put("caseNumber", "12/2026/HS");
        payload.putArray("acts").add("POSSESSION").add("SALE");
        payload.putArray("substances").addObject().put("kind", "METHAMPHETAMINE").put("grams", "1.250");
        return payload;
    }

    private String envelope(String eventId, String eventType, JsonNode payload, String unit, List<String> unitPath) {
        String incidentId = payload.path("incidentId").asString("inc-" + eventId);
        return json.writeValueAsString(new EventEnvelope(eventId, eventType, 1, incidentId, 3, 3, unit, unitPath,
                Instant.parse("2026-11-20T14:30:00Z"), Instant.now(), new Actor("s-ando", "officer.ando", unit),
                "hotspot-corr-" + eventId.substring(0, 8), payload));
    }

    private String arrested(String eventId, ObjectNode payload) {
        return envelope(eventId, HotspotEventsListener.SUSPECT_ARRESTED, payload,
                payload.get("arrestingUnitCode").asString(), List.of("HN", "HN-BL", "HN-BL-ANDO"));
    }

    private void send(String key, String value) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
        }
    }

    private double intake(String outcome) {
        var counter = meters.find(HotspotEventsListener.METRIC).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private double consumed(String outcome) {
        var counter = meters.find("drugctl.events.consumed").tag("consumer", HotspotEventsListener.CONSUMER)
                .tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private List<Document> arrestsOf(String personId) {
        Document person = mongo.findOne(Query.query(Criteria.where("_id").is(personId)), Document.class, "persons");
        return person.getList("history", Document.class).stream()
                .filter(e -> "PersonArrested".equals(e.getString("eventType")))
                .toList();
    }

    private long version(String personId) {
        return ((Number) mongo.findOne(Query.query(Criteria.where("_id").is(personId)), Document.class, "persons")
                .get("version")).longValue();
    }

    private long notificationsOf(String personId) {
        return mongo.count(Query.query(Criteria.where("personId").is(personId)), "notifications");
    }

    /** Reads {@code topic} from the start until a record matches; fails after 60 s. */
    private ConsumerRecord<String, String> firstOn(String topic, Predicate<ConsumerRecord<String, String>> match) {
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "arrest-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
                return seen.stream().anyMatch(match);
            });
        }
        return seen.stream().filter(match).findFirst().orElseThrow();
    }

    @Test
    void anArrestByAnotherUnitIsRecordedOnceEvenWhenDeliveredTwiceAndOnlyTheManagingUnitIsNotified() throws Exception {
        String id = registerPerson("Lò Văn Pánh", 1988, "HN-BL-VUBAN");
        auditDelivered();
        long versionBefore = version(id);
        double duplicatesBefore = consumed("duplicate");
        String eventId = UUID.randomUUID().toString();
        ObjectNode payload = payload(id, "HN-BL-ANDO", "PROSECUTED");
        String value = arrested(eventId, payload);

        send(payload.get("incidentId").asString(), value);
        send(payload.get("incidentId").asString(), value);

        await().atMost(Duration.ofSeconds(60)).until(() -> consumed("duplicate") >= duplicatesBefore + 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> arrestsOf(id).size() == 1);
        assertThat(version(id)).isEqualTo(versionBefore + 1);
        assertThat(mongo.count(Query.query(Criteria.where("consumer").is(HotspotEventsListener.CONSUMER)
                .and("eventId").is(eventId)), "processed_events")).isEqualTo(1);

        // the person's record shows the arrest, entered by the intake process
        record(id, communeOfficer("HN-BL-VUBAN"));
        mvc.perform(get("/api/registry/persons/" + id).with(communeOfficer("HN-BL-VUBAN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.now.arrests.length()").value(1))
                .andExpect(jsonPath("$.now.arrests[0].incidentId").value(payload.get("incidentId").asString()))
                .andExpect(jsonPath("$.now.arrests[0].date").value("2026-11-20"))
                .andExpect(jsonPath("$.now.arrests[0].arrestingUnitCode").value("HN-BL-ANDO"))
                .andExpect(jsonPath("$.now.arrests[0].acts[1]").value("SALE"))
                .andExpect(jsonPath("$.now.arrests[0].outcome").value("PROSECUTED"))
                .andExpect(jsonPath("$.now.arrests[0].caseNumber").value("12/2026/HS"))
                .andExpect(jsonPath("$.now.list").value("SUSPECTED_USER"))
                .andExpect(jsonPath("$.history[-1].eventType").value("PersonArrested"))
                .andExpect(jsonPath("$.history[-1].recordedBy").value("arrest-intake"))
                .andExpect(jsonPath("$.history[-1].event.sourceEventId").value(eventId));

        // one audit line of the change, by the system process, with the reporting request's correlation id
        auditDelivered();
        List<Document> lines = mongo.find(Query.query(Criteria.where("recordId").is(id).and("username")
                .is("arrest-intake")), Document.class, "audit_log");
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.getString("action")).isEqualTo("CHANGE");
            assertThat(line.getString("recordType")).isEqualTo("person");
            assertThat(line.getString("subject")).isEqualTo("system:arrest-intake");
            assertThat(line.getString("what")).startsWith("PersonArrested ");
            assertThat(line.getString("correlationId")).isEqualTo("hotspot-corr-" + eventId.substring(0, 8));
        });

        // its own event on the registry's topic, in the person's order
        ConsumerRecord<String, String> published = firstOn("registry.events.v1", r -> id.equals(r.key())
                && r.value().contains("\"eventType\":\"PersonArrested\""));
        JsonNode event = json.readTree(published.value());
        assertThat(event.get("sequence").asLong()).isEqualTo(3);
        assertThat(event.get("actor").get("subject").asString()).isEqualTo("system:arrest-intake");
        assertThat(event.get("payload").get("sourceEventId").asString()).isEqualTo(eventId);

        // one notice, for the managing unit only: no arrest details
        await().atMost(Duration.ofSeconds(30)).until(() -> notificationsOf(id) == 1);
        String item = "$.items[?(@.personId == '" + id + "')]";
        mvc.perform(get("/api/registry/notifications").with(communeOfficer("HN-BL-VUBAN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath(item + ".kind").value("ARREST_OF_MANAGED_PERSON"))
                .andExpect(jsonPath(item + ".unitCode").value("HN-BL-VUBAN"))
                .andExpect(jsonPath(item + ".arrestingUnitCode").value("HN-BL-ANDO"))
                .andExpect(jsonPath(item + ".date").value("2026-11-20"))
                .andExpect(jsonPath("$.items[0].acts").doesNotExist())
                .andExpect(jsonPath("$.items[0].caseNumber").doesNotExist());
        mvc.perform(get("/api/registry/notifications").with(districtOfficer("HN-BL")))
                .andExpect(jsonPath(item + ".personId").value(id));
        // the arresting commune is not told (it knows), another tenant never
        mvc.perform(get("/api/registry/notifications").with(communeOfficer("HN-BL-ANDO")))
                .andExpect(status().isOk()).andExpect(jsonPath(item).isEmpty());
        mvc.perform(get("/api/registry/notifications").with(provinceAnalyst("TN")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items").isEmpty());
        mvc.perform(get("/api/registry/notifications").with(communeOfficer("TN-GIASANG")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items").isEmpty());
        assertThat(notificationsOf(id)).isEqualTo(1);
    }

    @Test
    void aRedeliveryAfterACrashBeforeTheEventWasMarkedHandledStillChangesThePersonOnce() throws Exception {
        String id = registerPerson("Hà Văn Sình", 1986, "HN-BL-VUBAN");
        String eventId = UUID.randomUUID().toString();
        ObjectNode payload = payload(id, "HN-BL-ANDO", "PENDING");
        String value = arrested(eventId, payload);
        send(payload.get("incidentId").asString(), value);
        await().atMost(Duration.ofSeconds(60)).until(() -> arrestsOf(id).size() == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> notificationsOf(id) == 1);
        long version = version(id);

        // as if the consumer had died between the person's write and marking the event handled
        Query mark = Query.query(Criteria.where("consumer").is(HotspotEventsListener.CONSUMER).and("eventId").is(eventId));
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.count(mark, "processed_events") == 1);
        mongo.remove(mark, "processed_events");
        double alreadyRecorded = intake("already-recorded");
        send(payload.get("incidentId").asString(), value);

        await().atMost(Duration.ofSeconds(60)).until(() -> intake("already-recorded") >= alreadyRecorded + 1);
        assertThat(arrestsOf(id)).hasSize(1);
        assertThat(version(id)).isEqualTo(version);
        auditDelivered();
        assertThat(notificationsOf(id)).isEqualTo(1);
        assertThat(mongo.count(Query.query(Criteria.where("recordId").is(id).and("username").is("arrest-intake")),
                "audit_log")).isEqualTo(1);
    }

    @Test
    void theOutcomeOfTheSameArrestReportedLaterReplacesItOnTheRecordAndMakesNoSecondNotice() throws Exception {
        String id = registerPerson("Giàng A Chư", 1989, "HN-BL-VUBAN");
        ObjectNode pending = payload(id, "HN-BL-ANDO", "PENDING");
        pending.putNull("caseNumber");
        send(pending.get("incidentId").asString(), arrested(UUID.randomUUID().toString(), pending));
        await().atMost(Duration.ofSeconds(60)).until(() -> notificationsOf(id) == 1);

        // hotspot-service's next SuspectArrested for the same incident and suspect: the outcome
        ObjectNode prosecuted = pending.deepCopy().put("outcome", "PROSECUTED").put("caseNumber", "15/2026/HS");
        send(prosecuted.get("incidentId").asString(), arrested(UUID.randomUUID().toString(), prosecuted));
        await().atMost(Duration.ofSeconds(60)).until(() -> arrestsOf(id).size() == 2);

        mvc.perform(get("/api/registry/persons/" + id).with(communeOfficer("HN-BL-VUBAN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.now.arrests.length()").value(1))
                .andExpect(jsonPath("$.now.arrests[0].outcome").value("PROSECUTED"))
                .andExpect(jsonPath("$.now.arrests[0].caseNumber").value("15/2026/HS"));
        auditDelivered(); // the notices travel with the audit lines: everything the writes carried is delivered
        assertThat(notificationsOf(id)).isEqualTo(1);
    }

    @Test
    void anArrestByTheManagingUnitItselfIsRecordedWithoutANotice() throws Exception {
        String id = registerPerson("Vàng A Sùng", 1990, "HN-BL-VUBAN");
        double recorded = intake("recorded");
        ObjectNode payload = payload(id, "HN-BL-VUBAN", "ADMINISTRATIVE");
        payload.putNull("caseNumber");

        send(payload.get("incidentId").asString(), arrested(UUID.randomUUID().toString(), payload));

        await().atMost(Duration.ofSeconds(60)).until(() -> intake("recorded") >= recorded + 1);
        assertThat(arrestsOf(id)).hasSize(1);
        auditDelivered();
        assertThat(notificationsOf(id)).isZero();
        mvc.perform(get("/api/registry/persons/" + id).with(communeOfficer("HN-BL-VUBAN")))
                .andExpect(jsonPath("$.now.arrests[0].outcome").value("ADMINISTRATIVE"))
                .andExpect(jsonPath("$.now.arrests[0].caseNumber").doesNotExist());
    }

    @Test
    void anUnknownPersonOrOneOfAnotherProvinceIsSkippedAndCountedAndChangesNothing() throws Exception {
        String thaiNguyen = registerPerson("Ma Văn Thào", 1985, "TN-GIASANG");
        auditDelivered();
        String before = stored(thaiNguyen).toJson();
        double unknown = intake("unknown-person");
        double otherProvince = intake("other-province");

        ObjectNode nobody = payload("p-" + UUID.randomUUID(), "HN-BL-ANDO", "PENDING");
        send(nobody.get("incidentId").asString(), arrested(UUID.randomUUID().toString(), nobody));
        ObjectNode elsewhere = payload(thaiNguyen, "HN-BL-ANDO", "PENDING");
        send(elsewhere.get("incidentId").asString(), arrested(UUID.randomUUID().toString(), elsewhere));

        await().atMost(Duration.ofSeconds(60)).until(() -> intake("unknown-person") >= unknown + 1
                && intake("other-province") >= otherProvince + 1);
        auditDelivered();
        assertThat(stored(thaiNguyen).toJson()).isEqualTo(before);
        assertThat(notificationsOf(thaiNguyen)).isZero();
    }

    @Test
    void otherHotspotEventsAreIgnoredAndABadReportIsParkedWithItsReasonChangingNothing() throws Exception {
        String id = registerPerson("Cầm Văn Lả", 1992, "HN-BL-VUBAN");
        auditDelivered();
        String before = stored(id).toJson();
        double ignored = intake("ignored");

        String otherType = envelope(UUID.randomUUID().toString(), "HotspotReported",
                json.createObjectNode().put("hotspotId", "h-1").put("personId", id), "HN-BL-ANDO",
                List.of("HN", "HN-BL", "HN-BL-ANDO"));
        send("h-1", otherType);
        await().atMost(Duration.ofSeconds(60)).until(() -> intake("ignored") >= ignored + 1);

        ObjectNode bad = payload(id, "HN-BL-ANDO", "SHOT_AT_DAWN");
        String badKey = bad.get("incidentId").asString();
        send(badKey, arrested(UUID.randomUUID().toString(), bad));
        ObjectNode unknownUnit = payload(id, "HN-XX-NOWHERE", "PENDING");
        String unknownUnitKey = unknownUnit.get("incidentId").asString();
        send(unknownUnitKey, arrested(UUID.randomUUID().toString(), unknownUnit));

        ConsumerRecord<String, String> parked = firstOn(TOPIC + ".DLT", r -> badKey.equals(r.key()));
        assertThat(reason(parked)).contains("outcome", "SHOT_AT_DAWN");
        assertThat(reason(firstOn(TOPIC + ".DLT", r -> unknownUnitKey.equals(r.key()))))
                .contains("HN-XX-NOWHERE", "not in the unit catalogue");
        auditDelivered();
        assertThat(stored(id).toJson()).isEqualTo(before);
        assertThat(notificationsOf(id)).isZero();
    }

    private String residentArrested(String incidentId, long sequence, String residenceUnit, String name) {
        ObjectNode payload = json.createObjectNode().put("incidentId", incidentId).put("suspectId", "s1")
                .put("residenceUnitCode", residenceUnit).put("fullName", name).put("birthYear", 2005)
                .put("businessDate", "2026-11-20").put("arrestingUnitCode", "HN-BL-ANDO");
        return json.writeValueAsString(new EventEnvelope(UUID.randomUUID().toString(),
                HotspotEventsListener.RESIDENT_ARRESTED, 1, incidentId, sequence, sequence, "HN-BL-ANDO",
                List.of("HN", "HN-BL", "HN-BL-ANDO"), Instant.parse("2026-11-20T14:30:00Z"), Instant.now(),
                new Actor("s-ando", "officer.ando", "HN-BL-ANDO"), "hotspot-corr-resident", payload));
    }

    @Test
    void aResidentWhoIsNotARegistryPersonIsNoticedOnceToTheUnitOfTheirAreaAndTheLatestReportDecidesWhich()
            throws Exception {
        String incidentId = "inc-" + UUID.randomUUID();
        String noticeId = "resident-" + incidentId + "-s1";
        String item = "$.items[?(@.id == '" + noticeId + "')]";
        double notified = intake("notified");
        double duplicates = consumed("duplicate");
        String first = residentArrested(incidentId, 4, "HN-BL-VUBAN", "Lý Văn Giả");
        send(incidentId, first);
        send(incidentId, first);
        await().atMost(Duration.ofSeconds(60)).until(() -> intake("notified") >= notified + 1
                && consumed("duplicate") >= duplicates + 1);
        assertThat(mongo.count(Query.query(Criteria.where("_id").is(noticeId)), "notifications")).isEqualTo(1);

        mvc.perform(get("/api/registry/notifications").with(communeOfficer("HN-BL-VUBAN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath(item + ".kind").value("ARREST_OF_RESIDENT"))
                .andExpect(jsonPath(item + ".residentName").value("Lý Văn Giả"))
                .andExpect(jsonPath(item + ".residentBirthYear").value(2005))
                .andExpect(jsonPath(item + ".arrestingUnitCode").value("HN-BL-ANDO"))
                .andExpect(jsonPath(item + ".date").value("2026-11-20"))
                .andExpect(jsonPath(item + ".personId").value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.nullValue())))
                .andExpect(jsonPath(item + ".acts").isEmpty())
                .andExpect(jsonPath(item + ".caseNumber").isEmpty());
        mvc.perform(get("/api/registry/notifications").with(districtOfficer("HN-BL")))
                .andExpect(jsonPath(item + ".unitCode").value("HN-BL-VUBAN"));
        for (var other : List.of(communeOfficer("HN-BL-ANDO"), communeOfficer("HN-BL-TRANGAN"),
                communeOfficer("TN-GIASANG"), provinceAnalyst("TN"))) {
            mvc.perform(get("/api/registry/notifications").with(other))
                    .andExpect(status().isOk()).andExpect(jsonPath(item).isEmpty());
        }

        // a correction: the resident lives in Tràng An, and the name was misspelt; an older report after it is stale
        double stale = intake("already-notified");
        send(incidentId, residentArrested(incidentId, 7, "HN-BL-TRANGAN", "Lý Văn Giá"));
        send(incidentId, residentArrested(incidentId, 5, "HN-BL-VUBAN", "Lý Văn Giả"));
        await().atMost(Duration.ofSeconds(60)).until(() -> intake("already-notified") >= stale + 1);
        mvc.perform(get("/api/registry/notifications").with(communeOfficer("HN-BL-TRANGAN")))
                .andExpect(jsonPath(item + ".residentName").value("Lý Văn Giá"));
        mvc.perform(get("/api/registry/notifications").with(communeOfficer("HN-BL-VUBAN")))
                .andExpect(jsonPath(item).isEmpty());
        Document stored = mongo.findOne(Query.query(Criteria.where("_id").is(noticeId)), Document.class,
                "notifications");
        assertThat(stored.get("sequence", Number.class).longValue()).isEqualTo(7);
        assertThat(stored.getString("unitCode")).isEqualTo("HN-BL-TRANGAN");
    }

    @Test
    void aResidentOfAnotherProvinceIsNotNoticedHereAndAReportNamingTheArrestingUnitItselfIsParked() throws Exception {
        double otherProvince = intake("other-province");
        String thaiNguyen = "inc-" + UUID.randomUUID();
        send(thaiNguyen, residentArrested(thaiNguyen, 2, "TN-GIASANG", "Nông Văn Mẫu"));
        await().atMost(Duration.ofSeconds(60)).until(() -> intake("other-province") >= otherProvince + 1);
        assertThat(mongo.count(Query.query(Criteria.where("_id").is("resident-" + thaiNguyen + "-s1")),
                "notifications")).isZero();

        String itself = "inc-" + UUID.randomUUID();
        send(itself, residentArrested(itself, 2, "HN-BL-ANDO", "Nông Văn Mẫu"));
        assertThat(reason(firstOn(TOPIC + ".DLT", r -> itself.equals(r.key()))))
                .contains("residenceUnitCode is the arresting unit");
        assertThat(mongo.count(Query.query(Criteria.where("_id").is("resident-" + itself + "-s1")),
                "notifications")).isZero();
    }

    private static String reason(ConsumerRecord<String, String> parked) {
        return new String(parked.headers().lastHeader("kafka_dlt-exception-message").value(), StandardCharsets.UTF_8);
    }

    @Test
    void theNotificationsEndpointRefusesBadParametersAndPartnersAndAuditsWhatItShows() throws Exception {
        long before = auditLines();
        for (String[] c : new String[][]{{"?size=0", "size"}, {"?size=201", "size"}, {"?size=x", "size"},
                {"?page=-1", "page"}, {"?page=two", "page"}}) {
            mvc.perform(get("/api/registry/notifications" + c[0]).with(districtOfficer("HN-BL")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/invalid-request"))
                    .andExpect(jsonPath("$.errors[0].field").value(c[1]));
        }
        mvc.perform(get("/api/registry/notifications").with(user("partner.bn", "BN", "EXCHANGE_PARTNER")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("/exchange/**")));
        mvc.perform(get("/api/registry/notifications")).andExpect(status().isUnauthorized());
        assertThat(auditLines()).as("a refused read records nothing").isEqualTo(before);

        mvc.perform(get("/api/registry/notifications?size=5").with(provinceAnalyst("HN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.size").value(5));
        Document line = newestAuditLine();
        assertThat(line.getString("action")).isEqualTo("SEARCH");
        assertThat(line.getString("recordType")).isEqualTo("notification");
        assertThat(line.getString("username")).isEqualTo("analyst.hn");
    }
}
