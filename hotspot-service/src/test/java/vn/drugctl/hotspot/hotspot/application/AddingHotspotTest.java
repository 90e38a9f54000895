package vn.drugctl.hotspot.hotspot.application;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.drugctl.common.audit.AuditAction;
import vn.drugctl.common.audit.AuditEntries;
import vn.drugctl.common.audit.AuditEntry;
import vn.drugctl.common.domain.RuleViolation;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.TenantScopes;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.common.tenancy.UnitCatalogueLoader;
import vn.drugctl.hotspot.hotspot.domain.HistoryEntry;
import vn.drugctl.hotspot.hotspot.domain.Hotspot;
import vn.drugctl.hotspot.hotspot.domain.HotspotAdded;
import vn.drugctl.hotspot.hotspot.domain.HotspotKind;
import vn.drugctl.hotspot.hotspot.domain.HotspotReason;
import vn.drugctl.hotspot.hotspot.domain.HotspotStatus;
import vn.drugctl.hotspot.hotspot.domain.LicensedBusinessKind;
import vn.drugctl.hotspot.shared.BusinessTime;
import vn.drugctl.hotspot.testing.ShippedHotspotRules;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The addition's order of checks, on in-memory fakes of its ports: nothing is disclosed or stored before it may be. */
class AddingHotspotTest {
    private final UnitCatalogue units = UnitCatalogueLoader.load(
            AddingHotspotTest.class.getResourceAsStream("/drugctl/units.csv"), "units.csv");
    private final TenantScope vuban = new TenantScopes(units).fromClaims("s", "officer.vuban", "HN-BL-VUBAN",
            List.of("COMMUNE_OFFICER"));
    private final InMemoryHotspots hotspots = new InMemoryHotspots();
    private final List<AuditEntry> trail = new ArrayList<>();
    private AddingHotspot adding;

    @BeforeEach
    void wire() {
        Clock clock = Clock.fixed(Instant.parse("2026-06-01T03:00:00Z"), ZoneId.of("UTC"));
        HotspotAudit audit = new HotspotAudit(trail::add, new AuditEntries(clock));
        ChangingHotspot changing = new ChangingHotspot(hotspots, units, ShippedHotspotRules.ruleBook(),
                new BusinessTime(clock, ZoneId.of("Asia/Ho_Chi_Minh")), audit);
        adding = new AddingHotspot(hotspots, units, audit, changing);
    }

    private AddingHotspot.AddHotspot karaoke(HotspotReason reason, String reactivate,
                                             HotspotAdded.OverruledMatch overrule) {
        return new AddingHotspot.AddHotspot(HotspotKind.CLUSTER, new HotspotDetailsInput("Karaoke Mẫu",
                new HotspotDetailsInput.AddressInput("Đường 1", "Tổ 5", "HN-BL-VUBAN", null, null),
                new HotspotDetailsInput.BusinessInput(LicensedBusinessKind.KARAOKE, "Karaoke Mẫu", "12/GCN"), null,
                null, List.of(), null, "Trần Văn Cán Bộ"), new Hotspot.Step(reason, LocalDate.of(2025, 1, 10), null,
                null), reactivate, overrule, null);
    }

    private String watchedKaraoke() {
        Hotspot point = adding.handle(karaoke(HotspotReason.REPORTED_BY_PUBLIC, null, null), vuban).hotspot();
        hotspots.status.put(point.id(), HotspotStatus.ERADICATED);
        trail.clear();
        return point.id();
    }

    @Test
    void aReportTheRulesRefuseDisclosesNoMatch() {
        watchedKaraoke();
        RuleViolation refused = catchThrowableOfType(RuleViolation.class, () -> adding.handle(
                karaoke(HotspotReason.DISMANTLED_BY_ARREST, null, null), vuban));
        assertThat(refused.rule()).isEqualTo("guidance-689-2023/reason");
        assertThat(trail).isEmpty();
        assertThat(hotspots.stored).hasSize(1);
    }

    @Test
    void aMatchIsDisclosedAndAuditedAndNothingIsStored() {
        String old = watchedKaraoke();
        AddingHotspot.WatchedPointMatch match = catchThrowableOfType(AddingHotspot.WatchedPointMatch.class,
                () -> adding.handle(karaoke(HotspotReason.REPORTED_BY_PUBLIC, null, null), vuban));
        assertThat(match.properties().get("matches").toString()).contains(old, "LICENCE", "ADDRESS");
        assertThat(trail).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.DISCLOSE);
            assertThat(e.recordId()).isEqualTo(old);
        });
        assertThat(hotspots.stored).hasSize(1);
    }

    @Test
    void anOverruleOfAPointThatIsNoMatchIsRefusedAndAnOverruleOfAMatchAddsANewPoint() {
        String old = watchedKaraoke();
        assertThat(catchThrowableOfType(RuleViolation.class, () -> adding.handle(karaoke(
                HotspotReason.REPORTED_BY_PUBLIC, null, new HotspotAdded.OverruledMatch("someone-else", "khác")),
                vuban)).rule()).isEqualTo("watched-point/not-a-match");
        assertThat(hotspots.stored).hasSize(1);

        Hotspot added = adding.handle(karaoke(HotspotReason.REPORTED_BY_PUBLIC, null,
                new HotspotAdded.OverruledMatch(old, "Chủ mới")), vuban).hotspot();
        assertThat(hotspots.stored).hasSize(2);
        assertThat(added.state().overruledMatch().matchedId()).isEqualTo(old);
        assertThat(hotspots.lastAudit.what()).contains("overruled watched point " + old + ": Chủ mới");
    }

    /** The store as a map, with the watched-point check on the current details. */
    static final class InMemoryHotspots implements Hotspots {
        final Map<String, Hotspot> stored = new LinkedHashMap<>();
        final Map<String, HotspotStatus> status = new LinkedHashMap<>();
        AuditEntry lastAudit;

        @Override
        public void add(Hotspot hotspot, List<HistoryEntry> entries, AuditEntry audit) {
            stored.put(hotspot.id(), hotspot);
            status.put(hotspot.id(), hotspot.state().status());
            lastAudit = audit;
        }

        @Override
        public boolean update(Hotspot hotspot, long expectedVersion, List<HistoryEntry> newEntries, AuditEntry audit) {
            if (stored.get(hotspot.id()).version() != expectedVersion) {
                return false;
            }
            stored.put(hotspot.id(), hotspot);
            status.put(hotspot.id(), hotspot.state().status());
            lastAudit = audit;
            return true;
        }

        @Override
        public Optional<Hotspot> find(String id, TenantScope scope) {
            return Optional.ofNullable(stored.get(id)).filter(h -> h.unitPath().stream()
                    .anyMatch(scope.viewRoots()::contains));
        }

        @Override
        public Optional<HotspotCard> card(String id) {
            return Optional.ofNullable(stored.get(id)).map(this::card);
        }

        private HotspotCard card(Hotspot h) {
            return new HotspotCard(h.id(), h.unitCode(), h.unitPath(), h.state().kind(), status.get(h.id()),
                    h.state().details().name(), h.state().details().address().display());
        }

        @Override
        public List<WatchedMatch> watchedMatching(Set<String> matchKeys, int limit) {
            return stored.values().stream().filter(h -> status.get(h.id()).watched()).map(h -> new WatchedMatch(card(h),
                            vn.drugctl.hotspot.hotspot.domain.HotspotDetails.matchedOn(matchKeys,
                                    new HashSet<>(h.state().details().matchKeys("HN")))))
                    .filter(m -> !m.matchedOn().isEmpty()).limit(limit).toList();
        }

        @Override
        public HotspotPage search(HotspotQuery query, TenantScope scope) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<MapPoint> mapPoints(HotspotQuery query, TenantScope scope, int limit) {
            throw new UnsupportedOperationException();
        }
    }
}
