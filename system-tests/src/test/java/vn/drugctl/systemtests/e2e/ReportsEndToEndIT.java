package vn.drugctl.systemtests.e2e;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.drugctl.systemtests.e2e.GatewayCalls.assertProblem;

/**
 * The period report as its users meet it: a commune officer registers a person onto a list and later takes them off
 * it through the gateway; registry-service publishes the events, Kafka carries them, reporting-service's ledger
 * counts them, and the commune's report (and its district's) shows them added and removed by reason, balanced.
 * Numbers are compared before and after, since other tests share the platform. Synthetic people only. The
 * reconciliation of the commune agrees with the services after records, a restart of reporting-service and a
 * redelivery of every event.
 */
class ReportsEndToEndIT {
    private static final String ANDO = "HN-BL-ANDO";
    private static final Duration KAFKA_HOP = Duration.ofSeconds(60);
    private static final String LEDGER_GROUP = "reporting-ledger";
    private static final List<String> LEDGER_TOPICS = List.of("registry.events.v1", "hotspot.events.v1");
    private static PlatformUnderTest platform;
    private static GatewayCalls gateway;

    @BeforeAll
    static void start() {
        platform = PlatformUnderTest.shared();
        gateway = new GatewayCalls(platform);
    }

    private static JsonNode suspectedUsers(String unit, String token, String from, String to) {
        JsonNode report = gateway.expect(200, gateway.get("/api/reports/units/" + unit + "/period?from=" + from
                + "&to=" + to, token));
        for (JsonNode list : report.get("lists")) {
            if ("SUSPECTED_USER".equals(list.get("list").asString())) {
                return list.get("balance");
            }
        }
        throw new AssertionError("no SUSPECTED_USER in " + report);
    }

    private static long reason(JsonNode list, String side, String reason) {
        JsonNode n = list.get(side).get(reason);
        return n == null ? 0 : n.asLong();
    }

    @Test
    void aPersonPutOnAListAndTakenOffItThroughTheGatewayIsCountedInTheCommunesAndTheDistrictsReport() {
        String ando = gateway.token("officer.ando");
        String district = gateway.token("officer.binhluc");
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        String from = "2025-01-01";
        JsonNode before = suspectedUsers(ANDO, ando, from, today);
        JsonNode districtBefore = suspectedUsers("HN-BL", district, from, today);
        JsonNode januaryBefore = suspectedUsers(ANDO, ando, from, "2025-01-31");

        String cccd = "035202" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        String id = gateway.expect(201, gateway.post("/api/registry/persons", ando, """
                {"fullName":"Mùa Văn Mẫu","sex":"MALE","birthYear":2002,"cccd":"%s",
                 "list":{"list":"SUSPECTED_USER","reason":"NEWLY_FOUND_BY_REVIEW","businessDate":"2025-02-01"}}"""
                .formatted(cccd))).get("id").asString();

        JsonNode added = await().atMost(KAFKA_HOP).pollInterval(Duration.ofMillis(500))
                .until(() -> suspectedUsers(ANDO, ando, from, today),
                        l -> l.get("current").asLong() == before.get("current").asLong() + 1);
        assertThat(reason(added, "addedByReason", "NEWLY_FOUND_BY_REVIEW"))
                .isEqualTo(reason(before, "addedByReason", "NEWLY_FOUND_BY_REVIEW") + 1);
        assertThat(added.get("balanced").asBoolean()).isTrue();

        gateway.expect(200, gateway.post("/api/registry/persons/" + id + "/list-changes", ando, """
                {"reason":"DUPLICATE","businessDate":"2025-03-01","note":"trùng hồ sơ"}"""));
        JsonNode removed = await().atMost(KAFKA_HOP).pollInterval(Duration.ofMillis(500))
                .until(() -> suspectedUsers(ANDO, ando, from, today),
                        l -> l.get("current").asLong() == before.get("current").asLong());
        assertThat(reason(removed, "removedByReason", "DUPLICATE"))
                .isEqualTo(reason(before, "removedByReason", "DUPLICATE") + 1);
        assertThat(removed.get("balanced").asBoolean()).isTrue();

        // the district sees the same flows among its communes'; a period before the events shows none of them
        JsonNode districtAfter = suspectedUsers("HN-BL", district, from, today);
        assertThat(districtAfter.get("added").asLong()).isGreaterThanOrEqualTo(districtBefore.get("added").asLong() + 1);
        assertThat(districtAfter.get("removed").asLong())
                .isGreaterThanOrEqualTo(districtBefore.get("removed").asLong() + 1);
        JsonNode januaryAfter = suspectedUsers(ANDO, ando, from, "2025-01-31");
        assertThat(januaryAfter.toString()).isEqualTo(januaryBefore.toString());

        // another commune, another province and a partner may not read An Đổ's report; bad periods are 400
        assertProblem(gateway.get("/api/reports/units/" + ANDO + "/period?from=" + from + "&to=" + today,
                gateway.token("officer.trangan")), 403, "out-of-scope");
        assertProblem(gateway.get("/api/reports/units/" + ANDO + "/period?from=" + from + "&to=" + today,
                gateway.token("officer.gsang")), 403, "out-of-scope");
        assertProblem(gateway.get("/api/reports/units/" + ANDO + "/period?from=" + from + "&to=" + today,
                gateway.partnerToken()), 403, "forbidden");
        JsonNode bad = assertProblem(gateway.get("/api/reports/units/" + ANDO + "/period?from=" + today + "&to="
                + from, ando), 400, "invalid-request");
        assertThat(bad.toString()).contains("from");
        assertProblem(gateway.get("/api/reports/units/HN-XX/period?from=" + from + "&to=" + today, ando), 404,
                "not-found");
    }

    private static JsonNode reconciliation(String unit, String token) {
        return gateway.expect(200, gateway.get("/api/reports/units/" + unit + "/reconciliation", token));
    }

    private static long total(JsonNode reconciliation, String measure) {
        for (JsonNode t : reconciliation.get("totals")) {
            if (measure.equals(t.get("measure").asString())) {
                assertThat(t.get("projectionCount").asLong()).as(measure).isEqualTo(t.get("sourceCount").asLong());
                return t.get("sourceCount").asLong();
            }
        }
        return 0;
    }

    /** Waits until the projection of {@code unit} agrees with the services, and returns the reconciliation. */
    private static JsonNode consistent(String unit, String token) {
        JsonNode result = await().atMost(KAFKA_HOP).pollInterval(Duration.ofMillis(500)).until(
                () -> reconciliation(unit, token), r -> r.get("consistent").asBoolean());
        assertThat(result.get("differences").toString()).isEqualTo("[]");
        return result;
    }

    /** Committed offsets of the ledger's consumer group have reached the end of both topics. */
    private static boolean ledgerCaughtUp(Admin admin) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(LEDGER_GROUP)
                .partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
        for (var d : admin.describeTopics(LEDGER_TOPICS).allTopicNames().get().values()) {
            d.partitions().forEach(p -> ends.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest()));
        }
        for (var end : admin.listOffsets(ends).all().get().entrySet()) {
            OffsetAndMetadata at = committed.get(end.getKey());
            if (end.getValue().offset() > 0 && (at == null || at.offset() < end.getValue().offset())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The "proven after a consumer restart and after redelivery": records created through the gateway, the
     * reconciliation of their commune consistent; reporting-service restarted, consistent again; then, while it is
     * stopped, its ledger consumer group is moved back to the start of both topics, so every event of every test
     * so far is delivered again: all are duplicates, the reconciliation stays consistent and the period report is
     * unchanged. Other classes share the platform; redelivered events change none of their numbers.
     */
    @Test
    void theReconciliationIsConsistentAfterRecordsAConsumerRestartAndARedeliveryOfEveryEvent() throws Exception {
        String ando = gateway.token("officer.ando");
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        String run = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        JsonNode before = consistent(ANDO, ando);

        gateway.expect(201, gateway.post("/api/registry/persons", ando, """
                {"fullName":"Thào Văn Mẫu","sex":"MALE","birthYear":1994,"cccd":"035094%s",
                 "list":{"list":"SUSPECTED_USER","reason":"NEWLY_FOUND_BY_REVIEW","businessDate":"2025-05-01"}}"""
                .formatted(run)));
        gateway.expect(201, gateway.post("/api/registry/persons", ando, """
                {"fullName":"Cứ Văn Thử","sex":"MALE","birthYear":1996}"""));
        gateway.expect(201, gateway.post("/api/hotspots", ando, """
                {"kind":"RISK_POINT","name":"Bãi sông Mẫu %s (giả lập)",
                 "address":{"road":"Đê %s","village":"Thôn Nội","unitCode":"HN-BL-ANDO"},
                 "officerInCharge":"Trần Văn Cán Bộ","reason":"NEWLY_FOUND_BY_REVIEW","businessDate":"2025-05-02"}"""
                .formatted(run, run)));
        gateway.expect(201, gateway.post("/api/hotspots/surveillance-records", ando, """
                {"kind":"SUU_TRA","subject":{"type":"PERSON","fullName":"Lò Thị Mẫu","birthYear":1990,
                 "residence":"Thôn Nội"},"classification":{"category":"DM1","system":"H1","clazz":"A"},
                 "openedOn":"2025-05-03","reason":"Rà soát mới","documentRef":"QĐ 15"}"""));

        JsonNode created = await().atMost(KAFKA_HOP).pollInterval(Duration.ofMillis(500)).until(
                () -> reconciliation(ANDO, ando), r -> r.get("consistent").asBoolean()
                        && r.get("checkedRecords").asInt() == before.get("checkedRecords").asInt() + 4);
        assertThat(total(created, "L:SUSPECTED_USER")).isEqualTo(total(before, "L:SUSPECTED_USER") + 1);
        assertThat(total(created, "H:RISK_POINT:UNLICENSED")).isEqualTo(total(before, "H:RISK_POINT:UNLICENSED") + 1);
        assertThat(total(created, "SV:SUU_TRA")).isEqualTo(total(before, "SV:SUU_TRA") + 1);
        String report = report(ANDO, ando, "2025-01-01", today).toString();

        // a consumer restart: the projection resumes from its committed offsets and still agrees
        platform.restart("reporting-service");
        JsonNode afterRestart = consistent(ANDO, ando);
        assertThat(afterRestart.get("totals")).isEqualTo(created.get("totals"));
        assertThat(report(ANDO, ando, "2025-01-01", today).toString()).isEqualTo(report);

        // redelivery: every event again, from the start of both topics
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                platform.kafkaBootstrapServers()))) {
            platform.withServiceStopped("reporting-service", () -> {
                // the stopped consumer left its group; offsets can only be moved while it is empty
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> admin
                        .describeConsumerGroups(List.of(LEDGER_GROUP)).all().get().get(LEDGER_GROUP).members()
                        .isEmpty());
                Map<TopicPartition, OffsetAndMetadata> earliest = new HashMap<>();
                Map<TopicPartition, OffsetSpec> starts = new HashMap<>();
                for (var d : admin.describeTopics(LEDGER_TOPICS).allTopicNames().get().values()) {
                    d.partitions().forEach(p -> starts.put(new TopicPartition(d.name(), p.partition()),
                            OffsetSpec.earliest()));
                }
                admin.listOffsets(starts).all().get().forEach((tp, o) -> earliest.put(tp,
                        new OffsetAndMetadata(o.offset())));
                admin.alterConsumerGroupOffsets(LEDGER_GROUP, earliest).all().get();
                assertThat(admin.listConsumerGroupOffsets(LEDGER_GROUP).partitionsToOffsetAndMetadata().get())
                        .containsAllEntriesOf(earliest);
                return null;
            });
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                    .until(() -> ledgerCaughtUp(admin));
        }
        JsonNode afterRedelivery = consistent(ANDO, ando);
        assertThat(afterRedelivery.get("totals")).isEqualTo(created.get("totals"));
        assertThat(report(ANDO, ando, "2025-01-01", today).toString()).isEqualTo(report);

        // another commune's officer, another province's and a partner may not reconcile An Đổ
        assertProblem(gateway.get("/api/reports/units/" + ANDO + "/reconciliation", gateway.token("officer.trangan")),
                403, "out-of-scope");
        assertProblem(gateway.get("/api/reports/units/" + ANDO + "/reconciliation", gateway.token("officer.gsang")),
                403, "out-of-scope");
        assertProblem(gateway.get("/api/reports/units/" + ANDO + "/reconciliation", gateway.partnerToken()), 403,
                "forbidden");
        assertProblem(gateway.get("/api/reports/units/HN-XX/reconciliation", ando), 404, "not-found");
    }

    private static JsonNode report(String unit, String token, String from, String to) {
        return gateway.expect(200, gateway.get("/api/reports/units/" + unit + "/period?from=" + from + "&to=" + to,
                token));
    }

    private static JsonNode riskPoints(JsonNode report) {
        for (JsonNode h : report.get("hotspots")) {
            if ("RISK_POINT".equals(h.get("kind").asString())) {
                return h;
            }
        }
        throw new AssertionError("no RISK_POINT in " + report);
    }

    private static java.math.BigDecimal grams(JsonNode report, String substance) {
        JsonNode g = report.get("arrests").get("seizedGrams").get(substance);
        return g == null ? java.math.BigDecimal.ZERO : new java.math.BigDecimal(g.asString());
    }

    @Test
    void aHotspotAndAnArrestRecordedThroughTheGatewayReachTheCommunesReportThroughKafka() {
        String ando = gateway.token("officer.ando");
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        String yesterday = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1).toString();
        String from = "2025-01-01";
        String run = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        JsonNode before = report(ANDO, ando, from, today);

        gateway.expect(201, gateway.post("/api/hotspots", ando, """
                {"kind":"RISK_POINT","name":"Karaoke Hoa Mẫu %s (giả lập)",
                 "address":{"road":"Đường %s","village":"Thôn Nội","unitCode":"HN-BL-ANDO"},
                 "licensedBusiness":{"kind":"KARAOKE","businessName":"Karaoke Hoa Mẫu","licenceNumber":"KR-%s"},
                 "officerInCharge":"Trần Văn Cán Bộ","reason":"REPORTED_BY_PUBLIC","businessDate":"2025-04-01"}"""
                .formatted(run, run, run)));
        gateway.expect(201, gateway.post("/api/hotspots/incidents", ando, """
                {"occurredAt":"%sT20:15:00+07:00","place":{"road":"Đường %s","village":"Thôn Nội","unitCode":"%s"},
                 "suspects":[{"suspectId":"s1","fullName":"Lù Văn Mẫu %s","birthYear":1991,
                   "residence":{"text":"Bắc Ninh","provinceCode":"BN"},"acts":["POSSESSION"]}],
                 "seizures":[{"kind":"METHAMPHETAMINE","grams":"1.250","suspectId":"s1"}],"moneyVnd":300000}"""
                .formatted(yesterday, run, ANDO, run)));

        JsonNode after = await().atMost(KAFKA_HOP).pollInterval(Duration.ofMillis(500))
                .until(() -> report(ANDO, ando, from, today),
                        r -> riskPoints(r).get("current").asLong() == riskPoints(before).get("current").asLong() + 1
                                && r.get("arrests").get("incidents").asLong()
                                == before.get("arrests").get("incidents").asLong() + 1);
        JsonNode licensed = riskPoints(after).get("licensedBusiness");
        assertThat(licensed.get("current").asLong())
                .isEqualTo(riskPoints(before).get("licensedBusiness").get("current").asLong() + 1);
        assertThat(licensed.get("addedByReason").get("REPORTED_BY_PUBLIC").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(licensed.get("balanced").asBoolean()).isTrue();
        assertThat(grams(after, "METHAMPHETAMINE")).isEqualByComparingTo(grams(before, "METHAMPHETAMINE")
                .add(new java.math.BigDecimal("1.250")));
        assertThat(after.get("arrests").get("suspectsOfOtherProvinces").asLong())
                .isEqualTo(before.get("arrests").get("suspectsOfOtherProvinces").asLong() + 1);
        assertThat(after.get("arrests").get("moneyVnd").asLong())
                .isEqualTo(before.get("arrests").get("moneyVnd").asLong() + 300_000);
    }
}
