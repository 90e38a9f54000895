package vn.drugctl.common.audit;

import org.junit.jupiter.api.Test;
import vn.drugctl.common.tenancy.TenantScope;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class ReadingAuditTrailTest {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private final InMemoryAudit audit = new InMemoryAudit();
    private final AuditEntries entries = new AuditEntries(Clock.fixed(Instant.parse("2025-04-01T00:00:00Z"), ZoneOffset.UTC));
    private final ReadingAuditTrail reading = new ReadingAuditTrail(audit, audit, entries);
    private final AuditQuery firstPage = new AuditQuery(0, 50, null, null);

    private void registered(String personId, TenantScope by) {
        audit.record(entries.of(by, "person", personId, by.unitCode(), by.unitPath(), AuditAction.REGISTER, "PersonRegistered",
                null, null));
    }

    @Test
    void aDistrictOfficersLookAtARecordsTrailIsRecordedAgainstTheRecordsUnit() {
        registered("p-1", Scopes.communeOfficer("HN-BL-VUBAN"));

        AuditPage page = reading.ofRecord("person", "p-1", firstPage, Scopes.districtOfficer("HN-BL"), "corr-000001");

        assertThat(page.items()).extracting(AuditEntry::action).containsExactly(AuditAction.REGISTER);
        AuditEntry look = audit.stored.getLast();
        assertThat(look.action()).isEqualTo(AuditAction.READ);
        assertThat(look.what()).isEqualTo(ReadingAuditTrail.AUDIT_TRAIL);
        assertThat(look.username()).isEqualTo("district.hn-bl");
        assertThat(look.recordUnitCode()).isEqualTo("HN-BL-VUBAN");
        assertThat(look.recordUnitPath()).containsExactly("HN", "HN-BL", "HN-BL-VUBAN");
        assertThat(look.recordType()).isEqualTo("person");
        assertThat(look.recordId()).isEqualTo("p-1");
        assertThat(look.correlationId()).isEqualTo("corr-000001");
    }

    @Test
    void recordsOfAnotherTypeWithTheSameIdAreAnotherTrail() {
        registered("p-1", Scopes.communeOfficer("HN-BL-VUBAN"));
        TenantScope commune = Scopes.communeOfficer("HN-BL-VUBAN");
        audit.record(entries.of(commune, "hotspot", "p-1", "HN-BL-VUBAN", commune.unitPath(), AuditAction.CHANGE,
                "HotspotReported", null, null));

        AuditPage page = reading.ofRecord("hotspot", "p-1", firstPage, Scopes.districtOfficer("HN-BL"), null);

        assertThat(page.items()).extracting(AuditEntry::what).containsExactly("HotspotReported");
        assertThat(audit.stored.getLast().recordType()).isEqualTo("hotspot");
    }

    @Test
    void aSupervisorWhoSeesNothingOfTheRecordIsNotRecorded() {
        registered("p-1", Scopes.communeOfficer("HN-BL-VUBAN"));

        AuditPage page = reading.ofRecord("person", "p-1", firstPage, Scopes.provinceAnalyst("TN"), null);

        assertThat(page.items()).isEmpty();
        assertThat(audit.stored).hasSize(1);
    }

    @Test
    void aCommuneOfficerMayNotReadTheTrailAndLeavesNoTrace() {
        registered("p-1", Scopes.communeOfficer("HN-BL-VUBAN"));

        assertThatThrownBy(() -> reading.ofRecord("person", "p-1", firstPage, Scopes.communeOfficer("HN-BL-VUBAN"), null))
                .isInstanceOf(NotAnAuditSupervisor.class);
        assertThatThrownBy(() -> reading.ofUser("officer.hn-bl-vuban", firstPage, Scopes.communeOfficer("HN-BL-VUBAN")))
                .isInstanceOf(NotAnAuditSupervisor.class);
        assertThatThrownBy(() -> reading.ofUser("x", firstPage, Scopes.of("partner.bn", "BN", "EXCHANGE_PARTNER")))
                .isInstanceOf(NotAnAuditSupervisor.class);
        assertThat(audit.stored).hasSize(1);
    }

    @Test
    void readingAUsersTrailIsNotRecorded() {
        registered("p-1", Scopes.communeOfficer("HN-BL-VUBAN"));

        AuditPage page = reading.ofUser("officer.hn-bl-vuban", firstPage, Scopes.provinceAnalyst("HN"));

        assertThat(page.items()).hasSize(1);
        assertThat(audit.stored).hasSize(1);
    }

    @Test
    void periodDaysAreWholeDaysOfTheZoneBothIncluded() {
        AuditQuery query = AuditQuery.ofDays(0, 50, LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 5), VIETNAM);

        assertThat(query.from()).isEqualTo(Instant.parse("2025-03-04T17:00:00Z"));
        assertThat(query.to()).isEqualTo(Instant.parse("2025-03-05T17:00:00Z"));
    }

    @Test
    void outOfRangeParametersAreNamed() {
        assertThat(invalid(() -> AuditQuery.ofDays(-1, 50, null, null, VIETNAM))).isEqualTo("page");
        assertThat(invalid(() -> AuditQuery.ofDays(0, 0, null, null, VIETNAM))).isEqualTo("size");
        assertThat(invalid(() -> AuditQuery.ofDays(0, AuditQuery.MAX_SIZE + 1, null, null, VIETNAM))).isEqualTo("size");
        assertThat(invalid(() -> AuditQuery.ofDays(Integer.MAX_VALUE, 200, null, null, VIETNAM))).isEqualTo("page");
        assertThat(invalid(() -> AuditQuery.ofDays(0, 50, LocalDate.of(2025, 3, 6), LocalDate.of(2025, 3, 5), VIETNAM)))
                .isEqualTo("from");
        assertThat(invalid(() -> AuditQuery.ofDays(0, 50, null, LocalDate.MAX, VIETNAM))).isEqualTo("to");
        assertThat(AuditQuery.ofDays(0, AuditQuery.MAX_SIZE, null, null, VIETNAM).size()).isEqualTo(AuditQuery.MAX_SIZE);
    }

    private static String invalid(Runnable query) {
        try {
            query.run();
        } catch (InvalidAuditQuery e) {
            return e.parameter();
        }
        throw new AssertionError("expected an InvalidAuditQuery");
    }

    /** An in-memory audit trail that scopes like the MongoDB one. */
    public static final class InMemoryAudit implements AuditTrail, AuditLog {
        public final List<AuditEntry> stored = new ArrayList<>();

        @Override
        public void record(AuditEntry entry) {
            stored.add(entry);
        }

        @Override
        public AuditPage ofRecord(String recordType, String recordId, AuditQuery query, TenantScope scope) {
            return page(e -> recordType.equals(e.recordType()) && recordId.equals(e.recordId()) && e.recordUnitPath().stream().anyMatch(scope.viewRoots()::contains), query);
        }

        @Override
        public AuditPage ofUser(String username, AuditQuery query, TenantScope scope) {
            return page(e -> e.username().equals(username) && e.actorUnitPath().stream().anyMatch(scope.viewRoots()::contains), query);
        }

        @Override
        public Optional<AuditEntry> newestOfRecord(String recordType, String recordId, TenantScope scope) {
            return ofRecord(recordType, recordId, new AuditQuery(0, 1, null, null), scope).items().stream().findFirst();
        }

        private AuditPage page(Predicate<AuditEntry> filter, AuditQuery query) {
            List<AuditEntry> all = stored.stream().filter(filter)
                    .filter(e -> query.from() == null || !e.at().isBefore(query.from()))
                    .filter(e -> query.to() == null || e.at().isBefore(query.to()))
                    .sorted(Comparator.comparing(AuditEntry::at).thenComparing(AuditEntry::id).reversed()).toList();
            List<AuditEntry> page = all.stream().skip(query.skip()).limit(query.size()).toList();
            return new AuditPage(page, query.page(), query.size(), all.size() > query.skip() + page.size());
        }
    }
}
