package vn.drugctl.hotspot.hotspot.infrastructure.demo;

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
import vn.drugctl.hotspot.hotspot.application.AddingHotspot;
import vn.drugctl.hotspot.hotspot.application.ChangingHotspot;
import vn.drugctl.hotspot.hotspot.application.HotspotDetailsInput;
import vn.drugctl.hotspot.hotspot.application.HotspotDetailsInput.AddressInput;
import vn.drugctl.hotspot.hotspot.application.HotspotDetailsInput.BusinessInput;
import vn.drugctl.hotspot.hotspot.application.HotspotDetailsInput.CyberspaceInput;
import vn.drugctl.hotspot.hotspot.application.HotspotDetailsInput.DealerInput;
import vn.drugctl.hotspot.hotspot.application.HotspotDetailsInput.PersonInput;
import vn.drugctl.hotspot.hotspot.domain.Hotspot;
import vn.drugctl.hotspot.hotspot.domain.HotspotKind;
import vn.drugctl.hotspot.hotspot.domain.HotspotReason;
import vn.drugctl.hotspot.hotspot.domain.LicensedBusinessKind;
import vn.drugctl.hotspot.hotspot.infrastructure.mongo.MongoHotspots;

import java.time.LocalDate;
import java.util.List;

/**
 * A synthetic, clearly fake set of hotspots for the demo units (every name ends in "(dữ liệu mẫu)", every person is
 * made up), loaded at start-up only when {@code drugctl.demo-data.enabled=true} (never set in the shipped
 * configuration: {@code ./platform up --demo-data} or {@code DRUGCTL_DEMO_DATA_ENABLED=true}) and only into an empty
 * store: a store that holds any hotspot is left alone, so a restart never duplicates the set. Everything goes
 * through the use cases, as the demo commune officers ({@code officer.vuban} ...), so the points carry history,
 * events and audit lines like any other; a failure is logged and the service still starts.
 *
 * <p>The set: per kind a point (a risk point later escalated to a complex point; a cluster in a licensed karaoke;
 * a complex point run through a Telegram group; a retail dealer), one eradicated point that a new report at the same
 * licence then reactivates, and points in Tràng An and Gia Sàng for the district, province and map views.
 */
@Component
@ConditionalOnProperty(name = "drugctl.demo-data.enabled", havingValue = "true")
class DemoHotspots implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoHotspots.class);
    static final String MARK = " (dữ liệu mẫu)";

    private final MongoTemplate mongo;
    private final TenantScopes scopes;
    private final AddingHotspot adding;
    private final ChangingHotspot changing;

    DemoHotspots(MongoTemplate mongo, TenantScopes scopes, AddingHotspot adding, ChangingHotspot changing) {
        this.mongo = mongo;
        this.scopes = scopes;
        this.adding = adding;
        this.changing = changing;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            if (mongo.exists(new Query(), MongoHotspots.COLLECTION)) {
                log.info("Demo hotspots: the store already holds hotspots; nothing loaded");
                return;
            }
            int loaded = load();
            log.info("Demo hotspots: {} synthetic points loaded for the demo units", loaded);
        } catch (RuntimeException e) {
            log.warn("Demo hotspots could not be loaded: {}", e.getMessage());
        }
    }

    int load() {
        TenantScope vuban = officer("officer.vuban", "HN-BL-VUBAN");
        TenantScope trangan = officer("officer.trangan", "HN-BL-TRANGAN");
        TenantScope giasang = officer("officer.gsang", "TN-GIASANG");

        Hotspot risk = add(vuban, HotspotKind.RISK_POINT, details("Bãi đất trống ven đê", "Đường đê sông Châu",
                "Thôn Đông", "HN-BL-VUBAN", 20.4912, 106.0114, null, null, null), HotspotReason.NEWLY_FOUND_BY_REVIEW,
                "2025-03-10");
        step(vuban, risk, (h, c) -> h.escalate(step(HotspotReason.ACTIVITY_INCREASED, "2025-06-02"), c));

        add(vuban, HotspotKind.CLUSTER, details("Karaoke Ánh Trăng", "Đường ĐT 491", "Tổ 5", "HN-BL-VUBAN",
                20.4950, 106.0180, new BusinessInput(LicensedBusinessKind.KARAOKE, "Karaoke Ánh Trăng" + MARK,
                        "99/GCN-ANTT-MAU"), null, null), HotspotReason.REPORTED_BY_PUBLIC, "2025-04-15");

        add(vuban, HotspotKind.COMPLEX_POINT, details("Nhóm Telegram giao hàng", null, "Thôn Tây", "HN-BL-VUBAN",
                null, null, null, new CyberspaceInput("Telegram", null, "https://t.me/nhom-mau-khong-that"), null),
                HotspotReason.FOUND_BY_INVESTIGATION, "2025-05-20");

        add(vuban, HotspotKind.RETAIL_DEALER, details("Đối tượng Hà Văn Mẫu", null, "Xóm Trại", "HN-BL-VUBAN",
                20.4880, 106.0090, null, null, new DealerInput(null, "Hà Văn Mẫu", 1990, "Xóm Trại",
                        "TN-GIASANG")), HotspotReason.FOUND_BY_INVESTIGATION, "2025-07-01");

        Hotspot guestHouse = add(trangan, HotspotKind.CLUSTER, details("Nhà nghỉ Bình Yên", "Đường 21A", "Thôn Nam",
                "HN-BL-TRANGAN", 20.5100, 106.0400, new BusinessInput(LicensedBusinessKind.GUEST_HOUSE,
                        "Nhà nghỉ Bình Yên" + MARK, "17/GCN-ANTT-MAU"), null, null),
                HotspotReason.NEWLY_FOUND_BY_REVIEW, "2024-09-01");
        step(trangan, guestHouse, (h, c) -> h.eradicate(step(HotspotReason.PROSECUTED, "2025-01-15"), List.of(),
                List.of("QĐ khởi tố mẫu 01/2025"), c));
        // a new report at the same licence: recorded as the reactivation of the eradicated point
        adding.handle(new AddingHotspot.AddHotspot(HotspotKind.CLUSTER, details("Nhà nghỉ Bình Yên", "Đường 21A",
                "Thôn Nam", "HN-BL-TRANGAN", 20.5100, 106.0400, new BusinessInput(LicensedBusinessKind.GUEST_HOUSE,
                        "Nhà nghỉ Bình Yên" + MARK, "17 GCN ANTT MAU"), null, null),
                step(HotspotReason.REPORTED_BY_PUBLIC, "2025-10-05"), guestHouse.id(), null, "dữ liệu mẫu"), trangan);

        add(trangan, HotspotKind.RISK_POINT, details("Quán nước cổng chợ", "Đường chợ", "Thôn Bắc", "HN-BL-TRANGAN",
                20.5150, 106.0350, null, null, null), HotspotReason.NEWLY_FOUND_BY_REVIEW, "2025-08-12");

        Hotspot massage = add(giasang, HotspotKind.CLUSTER, details("Cơ sở massage Hoa Sen", "Đường Bến Oánh",
                "Tổ 3", "TN-GIASANG", 21.5790, 105.8420, new BusinessInput(LicensedBusinessKind.MASSAGE,
                        "Massage Hoa Sen" + MARK, "05/GCN-ANTT-MAU"), null, null), HotspotReason.REPORTED_BY_PUBLIC,
                "2025-08-01");
        step(giasang, massage, (h, c) -> h.neutralise(step(HotspotReason.ADMINISTRATIVE_MEASURES, "2025-11-01"), c));
        return 7;
    }

    private TenantScope officer(String username, String unit) {
        return scopes.fromClaims("demo-data:" + username, username, unit, List.of("COMMUNE_OFFICER"));
    }

    private Hotspot add(TenantScope scope, HotspotKind kind, HotspotDetailsInput details, HotspotReason reason,
                        String date) {
        return adding.handle(new AddingHotspot.AddHotspot(kind, details, step(reason, date), null, null,
                "dữ liệu mẫu"), scope).hotspot();
    }

    private void step(TenantScope scope, Hotspot hotspot,
                      java.util.function.BiFunction<Hotspot, Hotspot.Context, Hotspot.Change> change) {
        changing.handle(hotspot.id(), null, "dữ liệu mẫu", scope, change);
    }

    private static Hotspot.Step step(HotspotReason reason, String date) {
        return new Hotspot.Step(reason, LocalDate.parse(date), "Văn bản mẫu " + date, "Dữ liệu mẫu, không có thật");
    }

    private static HotspotDetailsInput details(String name, String road, String village, String unit, Double lat,
                                               Double lon, BusinessInput business, CyberspaceInput cyberspace,
                                               DealerInput dealer) {
        return new HotspotDetailsInput(name + MARK, new AddressInput(road, village, unit, lat, lon), business,
                cyberspace, dealer, List.of(new PersonInput("Nguyễn Văn Giả Định", 1988, "người liên quan (mẫu)")),
                "Ghi chú mẫu: không phải dữ liệu thật", "Cán Bộ Mẫu");
    }
}
