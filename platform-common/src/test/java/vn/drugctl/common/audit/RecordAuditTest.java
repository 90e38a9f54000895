package vn.drugctl.common.audit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import vn.drugctl.common.correlation.CorrelationIds;
import vn.drugctl.common.events.Actor;
import vn.drugctl.common.tenancy.TenantScope;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecordAuditTest {
    record Point(String id, String unitCode, List<String> unitPath) {
    }

    record Entry(String eventId, String type) {
    }

    private static final List<String> VUBAN_PATH = List.of("HN", "HN-BL", "HN-BL-VUBAN");
    private final List<AuditEntry> stored = new ArrayList<>();
    private final RecordAudit<Point, Entry> audit = new RecordAudit<>(stored::add,
            new AuditEntries(Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneOffset.UTC)), "hotspot",
            Point::id, p -> RecordUnit.of(p.unitCode(), p.unitPath()), e -> e.type() + " " + e.eventId());
    private final TenantScope officer = Scopes.communeOfficer("HN-BL-VUBAN");
    private final Point point = new Point("h-1", "HN-BL-VUBAN", VUBAN_PATH);

    @AfterEach
    void clearMdc() {
        MDC.clear();
    }

    @Test
    void aReadIsStoredAtOnceAboutTheRecordAndItsUnitWithTheRequestsCorrelationId() {
        MDC.put(CorrelationIds.MDC_KEY, "corr-abcdef12");
        audit.read(officer, point, "hotspot with history", "Kiểm tra điểm");
        AuditEntry line = stored.getFirst();
        assertThat(line.action()).isEqualTo(AuditAction.READ);
        assertThat(line.recordType()).isEqualTo("hotspot");
        assertThat(line.recordId()).isEqualTo("h-1");
        assertThat(line.recordUnitPath()).isEqualTo(VUBAN_PATH);
        assertThat(line.purpose()).isEqualTo("Kiểm tra điểm");
        assertThat(line.correlationId()).isEqualTo("corr-abcdef12");
    }

    @Test
    void aChangesLineIsOnlyBuiltAndListsTheNewEntriesThenTheExtra() {
        AuditEntry line = audit.change(officer, point, AuditAction.CHANGE,
                List.of(new Entry("e1", "HotspotNeutralised"), new Entry("e2", "HotspotDetailsChanged")),
                "overruled match h-0", null);
        assertThat(stored).isEmpty();
        assertThat(line.what()).isEqualTo("HotspotNeutralised e1, HotspotDetailsChanged e2; overruled match h-0");
        assertThat(line.action()).isEqualTo(AuditAction.CHANGE);
        assertThat(audit.change(officer, point, AuditAction.REGISTER, List.of(new Entry("e0", "HotspotAdded")),
                null, null).what()).isEqualTo("HotspotAdded e0");
    }

    @Test
    void aRefusalNamesTheHoldersUnitWhenTheRecordExistsAndNoUnitWhenItDoesNot() {
        audit.denied(officer, "h-9", RecordUnit.of("HN-BL-TRANGAN", List.of("HN", "HN-BL", "HN-BL-TRANGAN")), "read",
                null);
        audit.denied(officer, "h-missing", null, "read", null);
        assertThat(stored).extracting(AuditEntry::action).containsExactly(AuditAction.DENIED, AuditAction.DENIED);
        assertThat(stored.get(0).recordUnitCode()).isEqualTo("HN-BL-TRANGAN");
        assertThat(stored.get(1).recordUnitCode()).isNull();
    }

    @Test
    void disclosuresNoChangeAndSearchesAreStoredAtOnce() {
        audit.disclosed(officer, "h-2", RecordUnit.of("HN-BL-VUBAN", VUBAN_PATH), "watched point match");
        audit.unchanged(officer, point, "change requested; nothing differed", null);
        audit.searched(officer, "kind=DEALER", 3);
        assertThat(stored).extracting(AuditEntry::action)
                .containsExactly(AuditAction.DISCLOSE, AuditAction.NO_CHANGE, AuditAction.SEARCH);
        assertThat(stored.get(0).recordId()).isEqualTo("h-2");
        assertThat(stored.get(2).resultCount()).isEqualTo(3L);
    }

    @Test
    void aJobsChangeIsTheSystemsWhenNoAdministratorStartedIt() {
        AuditEntry line = audit.changeByJob("management-period-expiry", Actor.system("management-period-expiry"),
                List.of(), point, List.of(new Entry("e5", "PersonLeftList")));
        assertThat(line.username()).isEqualTo("management-period-expiry");
        assertThat(line.subject()).isEqualTo("system:management-period-expiry");
        assertThat(line.recordId()).isEqualTo("h-1");
        assertThat(line.what()).isEqualTo("PersonLeftList e5");
        assertThat(stored).isEmpty();
    }
}
