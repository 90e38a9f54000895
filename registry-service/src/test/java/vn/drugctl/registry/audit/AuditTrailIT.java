package vn.drugctl.registry.audit;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;
import vn.drugctl.common.testing.InProcessMongo;
import vn.drugctl.common.audit.AuditTrail;
import vn.drugctl.common.audit.AuditAction;
import vn.drugctl.common.audit.AuditEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.drugctl.common.testing.TestTokens.communeOfficer;
import static vn.drugctl.common.testing.TestTokens.districtOfficer;
import static vn.drugctl.common.testing.TestTokens.provinceAnalyst;
import static vn.drugctl.common.testing.TestTokens.user;

/**
 * The registry's audit trail (platform-common's, record type {@code person}) against the real MongoDB-wire server: entries recorded through the port for a person of Xã Vũ Bản
 * (HN-BL-VUBAN, under the district HN-BL of province HN) and one of Phường Gia Sàng (TN-GIASANG, directly under
 * province TN), by several users, then read over HTTP by supervisors of each tenant. Kafka is not needed: nothing
 * here writes events, so the outbox relay never opens a producer.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditTrailIT {
    static final String VUBAN_PERSON = "p-vuban-0001";
    static final String GSANG_PERSON = "p-gsang-0001";
    static final List<String> VUBAN = List.of("HN", "HN-BL", "HN-BL-VUBAN");
    static final List<String> GIASANG = List.of("TN", "TN-GIASANG");
    static final String MARCH = "?from=2025-03-01&to=2025-03-31";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> InProcessMongo.uri("audit_it"));
        // never reach a broker someone else runs on the default port
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:9");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    AuditTrail trail;
    @Autowired
    JsonMapper json;

    // Xã Vũ Bản's person: registered, read and changed by the commune, read by the district and the province
    AuditEntry e1, e2, e3, e4, e5;
    // Gia Sàng's person: registered by the ward, read by an HN officer (break the glass), read by TN's analyst
    AuditEntry g1, g2, g3;

    @BeforeEach
    void trailOfTwoPeople() {
        mongo.remove(new Query(), "audit_log");
        e1 = entry("2025-03-01T01:00:00Z", "officer.hn-bl-vuban", List.of("HN", "HN-BL", "HN-BL-VUBAN"),
                VUBAN_PERSON, VUBAN, AuditAction.REGISTER, "PersonRegistered", null);
        e2 = entry("2025-03-02T01:00:00Z", "officer.hn-bl-vuban", List.of("HN", "HN-BL", "HN-BL-VUBAN"),
                VUBAN_PERSON, VUBAN, AuditAction.READ, "full record", null);
        e3 = entry("2025-03-03T01:00:00Z", "officer.hn-bl-vuban", List.of("HN", "HN-BL", "HN-BL-VUBAN"),
                VUBAN_PERSON, VUBAN, AuditAction.CHANGE, "PersonMovedToList", null);
        // 18:30 UTC on 4 March is 01:30 on 5 March in Vietnam
        e4 = entry("2025-03-04T18:30:00Z", "district.hn-bl", List.of("HN", "HN-BL"),
                VUBAN_PERSON, VUBAN, AuditAction.READ, "full record", "Kiểm tra hồ sơ quản lý");
        e5 = entry("2025-03-05T02:00:00Z", "analyst.hn", List.of("HN"),
                VUBAN_PERSON, VUBAN, AuditAction.READ, "full record", "Tổng hợp báo cáo quý");
        g1 = entry("2025-03-01T03:00:00Z", "officer.tn-giasang", List.of("TN", "TN-GIASANG"),
                GSANG_PERSON, GIASANG, AuditAction.REGISTER, "PersonRegistered", null);
        g2 = entry("2025-03-06T03:00:00Z", "officer.hn-bl-vuban", List.of("HN", "HN-BL", "HN-BL-VUBAN"),
                GSANG_PERSON, GIASANG, AuditAction.READ, "full record", "Xác minh người chuyển đến");
        g3 = entry("2025-03-07T03:00:00Z", "analyst.tn", List.of("TN"),
                GSANG_PERSON, GIASANG, AuditAction.READ, "full record", null);
        // recorded out of time order: the order of the answers must come from the times
        for (AuditEntry e : List.of(e3, g2, e1, e5, g1, e2, g3, e4)) {
            trail.record(e);
        }
    }

    private static AuditEntry entry(String at, String username, List<String> actorPath, String personId,
                                    List<String> personPath, AuditAction action, String what, String purpose) {
        return new AuditEntry(UUID.randomUUID().toString(), Instant.parse(at),
                UUID.nameUUIDFromBytes(username.getBytes()).toString(), username, actorPath.getLast(), actorPath,
                "person", personId, personPath.getLast(), personPath, action, what, purpose,
                "seed-" + at.substring(0, 10), null);
    }

    private ResultActions read(String path, RequestPostProcessor token) throws Exception {
        return mvc.perform(get("/api/registry/audit/" + path).with(token));
    }

    private List<String> ids(String path, RequestPostProcessor token) throws Exception {
        String body = read(path, token).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> ids = new ArrayList<>();
        json.readTree(body).get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private static List<String> ids(AuditEntry... entries) {
        return java.util.Arrays.stream(entries).map(AuditEntry::id).toList();
    }

    private long stored() {
        return mongo.count(new Query(), "audit_log");
    }

    private List<Document> looksAtTheTrail() {
        return mongo.find(Query.query(Criteria.where("what").is("audit trail")), Document.class, "audit_log");
    }

    @Test
    void districtOfficerProvinceAnalystAndAdminSeeTheTrailOfAPersonOfTheirCommuneNewestFirst() throws Exception {
        read("persons/" + VUBAN_PERSON + MARCH, districtOfficer("HN-BL"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(contains(ids(e5, e4, e3, e2, e1).toArray())))
                .andExpect(jsonPath("$.items[*].action").value(contains("READ", "READ", "CHANGE", "READ", "REGISTER")))
                .andExpect(jsonPath("$.items[1].username").value("district.hn-bl"))
                .andExpect(jsonPath("$.items[1].actorUnitCode").value("HN-BL"))
                .andExpect(jsonPath("$.items[1].recordType").value("person"))
                .andExpect(jsonPath("$.items[1].recordId").value(VUBAN_PERSON))
                .andExpect(jsonPath("$.items[1].recordUnitCode").value("HN-BL-VUBAN"))
                .andExpect(jsonPath("$.items[1].purpose").value("Kiểm tra hồ sơ quản lý"))
                .andExpect(jsonPath("$.items[1].at").value("2025-03-04T18:30:00Z"))
                .andExpect(jsonPath("$.items[1].correlationId").value("seed-2025-03-04"))
                .andExpect(jsonPath("$.items[2].what").value("PersonMovedToList"))
                // minimal disclosure: no token subject, no stored-document fields
                .andExpect(jsonPath("$.items[0].subject").doesNotExist())
                .andExpect(jsonPath("$.items[0].recordUnitPath").doesNotExist())
                .andExpect(jsonPath("$.items[0].actorUnitPath").doesNotExist())
                .andExpect(jsonPath("$.page.number").value(0))
                .andExpect(jsonPath("$.page.size").value(50))
                .andExpect(jsonPath("$.page.items").value(5))
                .andExpect(jsonPath("$.page.hasNext").value(false));

        assertThat(ids("persons/" + VUBAN_PERSON + MARCH, provinceAnalyst("HN"))).isEqualTo(ids(e5, e4, e3, e2, e1));
        assertThat(ids("persons/" + VUBAN_PERSON + MARCH, user("admin.drugctl", "HN", "ADMIN")))
                .isEqualTo(ids(e5, e4, e3, e2, e1));
    }

    @Test
    void aSupervisorOfAnotherTenantSeesNothingOfThePersonAndCannotTellItFromAnUnknownOne() throws Exception {
        String outOfScope = read("persons/" + VUBAN_PERSON, provinceAnalyst("TN"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty())
                .andExpect(jsonPath("$.page.hasNext").value(false))
                .andReturn().getResponse().getContentAsString();
        String unknown = read("persons/p-does-not-exist", provinceAnalyst("TN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(outOfScope).isEqualTo(unknown);
        assertThat(looksAtTheTrail()).as("a look that showed nothing is not recorded").isEmpty();

        // the other way round: Hà Nam sees nothing of Gia Sàng's person, not even its own officer's read of it
        assertThat(ids("persons/" + GSANG_PERSON, provinceAnalyst("HN"))).isEmpty();
        assertThat(ids("persons/" + GSANG_PERSON, districtOfficer("HN-BL"))).isEmpty();
        // Thái Nguyên sees who looked at its person, the Hà Nam officer included
        read("persons/" + GSANG_PERSON + MARCH, provinceAnalyst("TN"))
                .andExpect(jsonPath("$.items[*].id").value(contains(ids(g3, g2, g1).toArray())))
                .andExpect(jsonPath("$.items[1].username").value("officer.hn-bl-vuban"))
                .andExpect(jsonPath("$.items[1].purpose").value("Xác minh người chuyển đến"));
    }

    @Test
    void readingAPersonsTrailIsItselfRecordedAndShownToTheOtherSupervisors() throws Exception {
        mvc.perform(get("/api/registry/audit/persons/" + VUBAN_PERSON).with(districtOfficer("HN-BL"))
                        .header("X-Correlation-Id", "audit-it-look-0001"))
                .andExpect(status().isOk())
                // the page shows the trail as it was before this look
                .andExpect(jsonPath("$.items[0].id").value(e5.id()));

        List<Document> looks = looksAtTheTrail();
        assertThat(looks).hasSize(1);
        Document look = looks.getFirst();
        assertThat(look.getString("action")).isEqualTo("READ");
        assertThat(look.getString("username")).isEqualTo("district.hn-bl");
        assertThat(look.getString("actorUnitCode")).isEqualTo("HN-BL");
        assertThat(look.getString("recordType")).isEqualTo("person");
        assertThat(look.getString("recordId")).isEqualTo(VUBAN_PERSON);
        assertThat(look.getString("recordUnitCode")).isEqualTo("HN-BL-VUBAN");
        assertThat(look.getList("recordUnitPath", String.class)).isEqualTo(VUBAN);
        assertThat(look.getString("correlationId")).isEqualTo("audit-it-look-0001");

        read("persons/" + VUBAN_PERSON, provinceAnalyst("HN"))
                .andExpect(jsonPath("$.items[0].what").value("audit trail"))
                .andExpect(jsonPath("$.items[0].username").value("district.hn-bl"))
                .andExpect(jsonPath("$.items[0].correlationId").value("audit-it-look-0001"))
                .andExpect(jsonPath("$.items[1].id").value(e5.id()));
        assertThat(looksAtTheTrail()).hasSize(2);
    }

    @Test
    void communeOfficersAndPartnersAreForbiddenWhateverTheParametersAndLeaveNoTrace() throws Exception {
        long before = stored();
        // a partner token is refused by the security chain before the audit trail's own role check
        for (var refused : Map.of(communeOfficer("HN-BL-VUBAN"), "district officers",
                user("partner.bn", "BN", "EXCHANGE_PARTNER"), "/exchange/**").entrySet()) {
            for (String path : List.of("persons/" + VUBAN_PERSON, "users/officer.hn-bl-vuban",
                    "persons/" + VUBAN_PERSON + "?size=1000")) {
                read(path, refused.getKey())
                        .andExpect(status().isForbidden())
                        .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/forbidden"))
                        .andExpect(jsonPath("$.detail").value(containsString(refused.getValue())));
            }
        }
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void pagesComeNewestFirstWithoutOverlapOrGap() throws Exception {
        String march = MARCH + "&size=2&page=";
        read("persons/" + VUBAN_PERSON + march + 0, provinceAnalyst("HN"))
                .andExpect(jsonPath("$.items[*].id").value(contains(ids(e5, e4).toArray())))
                .andExpect(jsonPath("$.page.number").value(0))
                .andExpect(jsonPath("$.page.size").value(2))
                .andExpect(jsonPath("$.page.hasNext").value(true));
        read("persons/" + VUBAN_PERSON + march + 1, provinceAnalyst("HN"))
                .andExpect(jsonPath("$.items[*].id").value(contains(ids(e3, e2).toArray())))
                .andExpect(jsonPath("$.page.hasNext").value(true));
        read("persons/" + VUBAN_PERSON + march + 2, provinceAnalyst("HN"))
                .andExpect(jsonPath("$.items[*].id").value(contains(ids(e1).toArray())))
                .andExpect(jsonPath("$.page.items").value(1))
                .andExpect(jsonPath("$.page.hasNext").value(false));
        read("persons/" + VUBAN_PERSON + march + 3, provinceAnalyst("HN"))
                .andExpect(jsonPath("$.items").isEmpty())
                .andExpect(jsonPath("$.page.hasNext").value(false));
    }

    @Test
    void fromAndToAreWholeDaysInVietnamBothIncluded() throws Exception {
        assertThat(ids("persons/" + VUBAN_PERSON + "?from=2025-03-05&to=2025-03-05", provinceAnalyst("HN")))
                .isEqualTo(ids(e5, e4));
        assertThat(ids("persons/" + VUBAN_PERSON + "?from=2025-03-02&to=2025-03-04", provinceAnalyst("HN")))
                .isEqualTo(ids(e3, e2));
        assertThat(ids("persons/" + VUBAN_PERSON + "?to=2025-03-01", provinceAnalyst("HN"))).isEqualTo(ids(e1));
    }

    @Test
    void aUsersTrailIsScopedByTheUnitTheUserActedFor() throws Exception {
        List<String> vubanOfficer = ids(g2, e3, e2, e1);
        read("users/officer.hn-bl-vuban" + MARCH, districtOfficer("HN-BL"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(contains(vubanOfficer.toArray())))
                // the break-the-glass read of another province's person shows in the officer's own trail
                .andExpect(jsonPath("$.items[0].recordType").value("person"))
                .andExpect(jsonPath("$.items[0].recordId").value(GSANG_PERSON))
                .andExpect(jsonPath("$.items[0].recordUnitCode").value("TN-GIASANG"));
        assertThat(ids("users/officer.hn-bl-vuban" + MARCH, provinceAnalyst("HN"))).isEqualTo(vubanOfficer);
        assertThat(ids("users/officer.hn-bl-vuban" + MARCH + "&size=1&page=1", provinceAnalyst("HN")))
                .isEqualTo(ids(e3));

        assertThat(ids("users/officer.hn-bl-vuban", provinceAnalyst("TN"))).isEmpty();
        assertThat(ids("users/analyst.hn", districtOfficer("HN-BL"))).as("a district does not see the province").isEmpty();
        assertThat(ids("users/analyst.tn", provinceAnalyst("HN"))).isEmpty();
        assertThat(ids("users/analyst.tn", provinceAnalyst("TN"))).isEqualTo(ids(g3));
        assertThat(ids("users/nobody.anywhere", provinceAnalyst("HN"))).isEmpty();
        assertThat(looksAtTheTrail()).as("reading a user's trail is not recorded").isEmpty();
    }

    @Test
    void badParametersAre400NamingTheParameterAndRecordNothing() throws Exception {
        long before = stored();
        String[][] cases = {
                {"?size=0", "size"}, {"?size=1000", "size"}, {"?size=abc", "size"}, {"?page=-1", "page"},
                {"?page=two", "page"}, {"?page=10000000", "page"}, {"?from=2025-03-05&to=2025-03-01", "from"},
                {"?from=2025-13-01", "from"}, {"?to=05/03/2025", "to"}, {"?to=99999-01-01", "to"}};
        for (String prefix : List.of("persons/" + VUBAN_PERSON, "users/officer.hn-bl-vuban")) {
            for (String[] c : cases) {
                read(prefix + c[0], provinceAnalyst("HN"))
                        .andExpect(status().isBadRequest())
                        .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/invalid-request"))
                        .andExpect(jsonPath("$.errors[0].field").value(c[1]))
                        .andExpect(jsonPath("$.detail").value(containsString(c[1])));
            }
        }
        read("persons/p_bad$id", provinceAnalyst("HN"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("personId"));
        read("users/bad user", provinceAnalyst("HN"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("username"));
        read("persons/" + VUBAN_PERSON + "?size=200", provinceAnalyst("HN")).andExpect(status().isOk());
        assertThat(stored()).as("only the one valid read was recorded").isEqualTo(before + 1);
    }

    @Test
    void withoutATokenIs401() throws Exception {
        mvc.perform(get("/api/registry/audit/persons/" + VUBAN_PERSON))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("https://drugctl.vn/problems/unauthenticated"));
    }

    @Test
    void anEntryOnceRecordedCannotBeOverwritten() {
        AuditEntry forged = new AuditEntry(e4.id(), e4.at(), e4.subject(), "someone.else", e4.actorUnitCode(),
                e4.actorUnitPath(), e4.recordType(), e4.recordId(), e4.recordUnitCode(), e4.recordUnitPath(),
                AuditAction.READ,
                "nothing to see", null, null, null);

        assertThatThrownBy(() -> trail.record(forged)).isInstanceOf(DuplicateKeyException.class);

        Document stored = mongo.findOne(Query.query(Criteria.where("_id").is(e4.id())), Document.class, "audit_log");
        assertThat(stored.getString("username")).isEqualTo("district.hn-bl");
        assertThat(stored.getString("what")).isEqualTo("full record");
        assertThat(stored.getString("purpose")).isEqualTo("Kiểm tra hồ sơ quản lý");
        assertThat(stored()).isEqualTo(8);
    }

    @Test
    void entriesAreStoredWithTheFieldsTheQueriesAndIndexesUse() {
        Document stored = mongo.findOne(Query.query(Criteria.where("_id").is(e1.id())), Document.class, "audit_log");
        assertThat(stored.get("at")).isInstanceOf(java.util.Date.class);
        assertThat(stored.getString("recordType")).isEqualTo("person");
        assertThat(stored.getString("recordId")).isEqualTo(VUBAN_PERSON);
        assertThat(stored.getString("recordUnitCode")).isEqualTo("HN-BL-VUBAN");
        assertThat(stored.getList("recordUnitPath", String.class)).isEqualTo(VUBAN);
        assertThat(stored.getList("actorUnitPath", String.class)).isEqualTo(VUBAN);
        assertThat(stored.getString("action")).isEqualTo("REGISTER");
        List<String> indexes = mongo.indexOps("audit_log").getIndexInfo().stream()
                .map(org.springframework.data.mongodb.core.index.IndexInfo::getName).toList();
        assertThat(indexes).contains("recordType_recordId_at", "username_at", "recordUnitPath_at",
                "actorUnitPath_at");
    }

    @Test
    void aRecordOfAnotherTypeWithTheSameIdIsNotPartOfThePersonsTrail() throws Exception {
        // another service's record type in the same collection (the platform's trail is shared by record types)
        AuditEntry hotspot = new AuditEntry(UUID.randomUUID().toString(), Instant.parse("2025-03-08T01:00:00Z"),
                "s-1", "officer.hn-bl-vuban", "HN-BL-VUBAN", VUBAN, "hotspot", VUBAN_PERSON, "HN-BL-VUBAN", VUBAN,
                AuditAction.CHANGE, "HotspotReported", null, null, null);
        trail.record(hotspot);

        assertThat(ids("persons/" + VUBAN_PERSON + MARCH, provinceAnalyst("HN"))).isEqualTo(ids(e5, e4, e3, e2, e1));
        // the user's trail holds every record type the user touched
        read("users/officer.hn-bl-vuban" + MARCH, provinceAnalyst("HN"))
                .andExpect(jsonPath("$.items[0].id").value(hotspot.id()))
                .andExpect(jsonPath("$.items[0].recordType").value("hotspot"));
        // the look at the person's trail is recorded as a look at the person, not at the hotspot
        assertThat(looksAtTheTrail()).singleElement()
                .satisfies(look -> assertThat(look.getString("recordType")).isEqualTo("person"));
    }
}
