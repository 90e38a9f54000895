package vn.drugctl.hotspot.arrest.infrastructure.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.TenantScopes;
import vn.drugctl.hotspot.arrest.application.ChangingIncident;
import vn.drugctl.hotspot.arrest.application.RecordingIncident;
import vn.drugctl.hotspot.arrest.domain.Incident;
import vn.drugctl.hotspot.arrest.domain.IncidentDraft;
import vn.drugctl.hotspot.arrest.domain.IncidentPlace;
import vn.drugctl.hotspot.arrest.domain.Outcome;
import vn.drugctl.hotspot.arrest.domain.OutcomeKind;
import vn.drugctl.hotspot.arrest.domain.SubstanceKind;
import vn.drugctl.hotspot.arrest.domain.Suspect;
import vn.drugctl.hotspot.arrest.domain.SuspectAct;
import vn.drugctl.hotspot.arrest.domain.SuspectResidence;
import vn.drugctl.hotspot.arrest.infrastructure.mongo.MongoIncidents;
import vn.drugctl.hotspot.surveillance.application.ChangingSurveillanceRecord;
import vn.drugctl.hotspot.surveillance.application.OpeningSurveillanceRecord;
import vn.drugctl.hotspot.surveillance.domain.Classification;
import vn.drugctl.hotspot.surveillance.domain.ClosingReason;
import vn.drugctl.hotspot.surveillance.domain.SubjectType;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceCategory;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceClass;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceKind;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceRecord;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceSubject;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceSystem;
import vn.drugctl.hotspot.surveillance.infrastructure.mongo.MongoSurveillanceRecords;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A synthetic, clearly fake set of arrests and surveillance records for the demo units (every summary and reason
 * ends in "(dữ liệu mẫu)", every person is made up), loaded at start-up only when
 * {@code drugctl.demo-data.enabled=true} (never in the shipped configuration) and only into an empty store: a store
 * that holds any incident or surveillance record is left alone, so a restart never duplicates the set. Everything
 * goes through the use cases as the demo commune officers, so the records carry history, events and audit lines; a
 * failure is logged and the service still starts.
 *
 * <p>The set: in Vũ Bản an arrest for possession of methamphetamine (a suspect from another province) and a sale of
 * heroin later prosecuted; in Tràng An an arrest for sale of ketamine sanctioned administratively; surveillance
 * records: two sưu tra profiles (one closed as prosecuted), a hiềm nghi on cyberspace and a chuyên án on a ring.
 */
@Component
@ConditionalOnProperty(name = "drugctl.demo-data.enabled", havingValue = "true")
class DemoArrests implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoArrests.class);
    static final String MARK = " (dữ liệu mẫu)";

    private final MongoTemplate mongo;
    private final TenantScopes scopes;
    private final RecordingIncident recording;
    private final ChangingIncident changing;
    private final OpeningSurveillanceRecord opening;
    private final ChangingSurveillanceRecord changingRecord;

    DemoArrests(MongoTemplate mongo, TenantScopes scopes, RecordingIncident recording, ChangingIncident changing,
                OpeningSurveillanceRecord opening, ChangingSurveillanceRecord changingRecord) {
        this.mongo = mongo;
        this.scopes = scopes;
        this.recording = recording;
        this.changing = changing;
        this.opening = opening;
        this.changingRecord = changingRecord;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            if (mongo.exists(new Query(), MongoIncidents.COLLECTION)
                    || mongo.exists(new Query(), MongoSurveillanceRecords.COLLECTION)) {
                log.info("Demo arrests: the store already holds incidents or surveillance records; nothing loaded");
                return;
            }
            int loaded = load();
            log.info("Demo arrests: {} synthetic incidents and surveillance records loaded", loaded);
        } catch (RuntimeException e) {
            log.warn("Demo arrests could not be loaded: {}", e.getMessage());
        }
    }

    int load() {
        TenantScope vuban = officer("officer.vuban", "HN-BL-VUBAN");
        TenantScope trangan = officer("officer.trangan", "HN-BL-TRANGAN");

        incident(vuban, "2025-10-26T15:00:00+07:00", "Đường nhựa thôn 1", "Thôn 1", "HN-BL-VUBAN",
                new Suspect("s1", null, "Phạm Văn Mẫu" + MARK, LocalDate.of(1984, 9, 5), null,
                        new SuspectResidence("Thị trấn Cát Thành, Trực Ninh, Nam Định", "ND", null),
                        List.of(SuspectAct.POSSESSION), null),
                SubstanceKind.METHAMPHETAMINE, "0.169", 0, "Bắt quả tang tàng trữ ma túy đá");
        Incident sale = incident(vuban, "2025-11-21T12:10:00+07:00", "Đường nhựa thôn 3", "Thôn 3", "HN-BL-VUBAN",
                new Suspect("s1", null, "Đinh Văn Thử" + MARK, null, 1964,
                        new SuspectResidence("Thôn Lang Xá, Mỹ Lộc, Nam Định", "ND", null), List.of(SuspectAct.SALE),
                        null),
                SubstanceKind.HEROIN, "0.200", 600_000, "Bắt quả tang mua bán heroin");
        changing.recordOutcome(sale.id(), new Outcome(OutcomeKind.PROSECUTED, "15/2025/HS-MAU", List.of("s1"), null,
                LocalDate.of(2025, 11, 25)), "Quyết định khởi tố" + MARK, null, vuban);
        Incident ketamine = incident(trangan, "2025-11-28T00:10:00+07:00", "Đường bê tông thôn Mỹ Duệ", "Mỹ Duệ",
                "HN-BL-TRANGAN", new Suspect("s1", null, "Lý Văn Giả" + MARK, null, 2005,
                        new SuspectResidence("Thôn 2, xã Vũ Bản, Bình Lục, Hà Nam", "HN", "HN-BL-VUBAN"),
                        List.of(SuspectAct.SALE), null),
                SubstanceKind.KETAMINE, "11.357", 0, "Bắt quả tang mua bán ke");
        changing.recordOutcome(ketamine.id(), new Outcome(OutcomeKind.ADMINISTRATIVE, null, List.of(),
                "QĐ XPVPHC 21/2025-MAU", LocalDate.of(2025, 12, 1)), null, null, trangan);

        open(vuban, SurveillanceKind.SUU_TRA, person("Vương Thị Mẫu", 1990),
                new Classification(SurveillanceCategory.DM1, SurveillanceSystem.H2, SurveillanceClass.A), "2024-10-01");
        SurveillanceRecord closed = open(vuban, SurveillanceKind.SUU_TRA, person("Đinh Văn Thử", 1964),
                new Classification(SurveillanceCategory.DM3, SurveillanceSystem.H2, SurveillanceClass.B), "2024-11-15");
        changingRecord.handle(closed.id(), null, vuban, "closing", (r, c) -> r.close(ClosingReason.PROSECUTED,
                LocalDate.of(2025, 11, 25), "15/2025/HS-MAU", null, c));
        open(vuban, SurveillanceKind.HIEM_NGHI_CYBERSPACE, new SurveillanceSubject(SubjectType.PERSON, null,
                "Tạ Văn Thử" + MARK, 2001, "Thôn Tây", null, null, "Telegram @tai-khoan-mau"), null, "2025-06-01");
        open(trangan, SurveillanceKind.CHUYEN_AN, new SurveillanceSubject(SubjectType.GROUP, null, null, null, null,
                "Đường dây mua bán ke" + MARK, "3 đối tượng, địa bàn giáp ranh", null), null, "2025-09-01");
        return 7;
    }

    private Incident incident(TenantScope scope, String at, String road, String village, String unit,
                              Suspect suspect, SubstanceKind kind, String grams, long money, String summary) {
        return recording.record(new RecordingIncident.Command(new IncidentDraft(OffsetDateTime.parse(at),
                new IncidentPlace(road, village, unit), List.of("HN-BL"), List.of(suspect),
                List.of(new IncidentDraft.SeizureDraft(kind, null, new BigDecimal(grams), suspect.suspectId())),
                money, 0, null, 1, "01 điện thoại", summary + MARK), null, List.of()), scope);
    }

    private SurveillanceRecord open(TenantScope scope, SurveillanceKind kind, SurveillanceSubject subject,
                                    Classification classification, String openedOn) {
        return opening.open(new OpeningSurveillanceRecord.Command(kind, subject, classification,
                LocalDate.parse(openedOn), "Rà soát mới" + MARK, "QĐ mẫu"), scope);
    }

    private static SurveillanceSubject person(String name, int birthYear) {
        return new SurveillanceSubject(SubjectType.PERSON, null, name + MARK, birthYear, "Thôn 1", null, null, null);
    }

    private TenantScope officer(String username, String unit) {
        return scopes.fromClaims("demo-data:" + username, username, unit, List.of("COMMUNE_OFFICER"));
    }
}
