package vn.drugctl.common.audit;

import org.junit.jupiter.api.Test;
import vn.drugctl.common.tenancy.TenantScope;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditEntriesTest {
    private static final List<String> VUBAN_PATH = List.of("HN", "HN-BL", "HN-BL-VUBAN");
    private final Clock clock = Clock.fixed(Instant.parse("2025-03-04T05:06:07.123456789Z"), ZoneOffset.UTC);
    private final AuditEntries entries = new AuditEntries(clock);
    private final TenantScope district = Scopes.districtOfficer("HN-BL");

    @Test
    void entryNamesTheActorAndTheUnitItActedForTheRecordAndItsUnitTheActionAndTheRequest() {
        AuditEntry entry = entries.of(district, "person", "p-1", "HN-BL-VUBAN", VUBAN_PATH, AuditAction.READ, "full record",
                "  Kiểm tra hồ sơ quản lý  ", "corr-12345678");

        assertThat(UUID.fromString(entry.id())).isNotNull();
        assertThat(entry.at()).isEqualTo(Instant.parse("2025-03-04T05:06:07.123Z"));
        assertThat(entry.subject()).isEqualTo(district.subject());
        assertThat(entry.username()).isEqualTo("district.hn-bl");
        assertThat(entry.actorUnitCode()).isEqualTo("HN-BL");
        assertThat(entry.actorUnitPath()).containsExactly("HN", "HN-BL");
        assertThat(entry.recordType()).isEqualTo("person");
        assertThat(entry.recordId()).isEqualTo("p-1");
        assertThat(entry.recordUnitCode()).isEqualTo("HN-BL-VUBAN");
        assertThat(entry.recordUnitPath()).containsExactly("HN", "HN-BL", "HN-BL-VUBAN");
        assertThat(entry.action()).isEqualTo(AuditAction.READ);
        assertThat(entry.what()).isEqualTo("full record");
        assertThat(entry.purpose()).isEqualTo("Kiểm tra hồ sơ quản lý");
        assertThat(entry.correlationId()).isEqualTo("corr-12345678");
    }

    @Test
    void everyEntryGetsItsOwnId() {
        AuditEntry first = entries.of(district, "person", "p-1", "HN-BL-VUBAN", VUBAN_PATH, AuditAction.READ, "full record", null, null);
        AuditEntry second = entries.of(district, "person", "p-1", "HN-BL-VUBAN", VUBAN_PATH, AuditAction.READ, "full record", null, null);

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(first.at()).isEqualTo(second.at());
    }

    @Test
    void blankPurposeAndCorrelationIdAreAbsentAndAnOverlongPurposeIsCut() {
        AuditEntry blank = entries.of(district, "person", "p-1", "HN-BL-VUBAN", VUBAN_PATH, AuditAction.CHANGE,
                "PersonMovedToList", " ", "");
        assertThat(blank.purpose()).isNull();
        assertThat(blank.correlationId()).isNull();

        AuditEntry longOne = entries.of(district, "person", "p-1", "HN-BL-VUBAN", VUBAN_PATH, AuditAction.READ, "full record",
                "x".repeat(2_000), null);
        assertThat(longOne.purpose()).hasSize(AuditEntries.MAX_PURPOSE_LENGTH).endsWith("…");
    }

    @Test
    void anEntryWithoutActorRecordUnitActionOrWhatIsAProgrammingError() {
        assertThatThrownBy(() -> entries.of(null, "person", "p-1", "HN-BL-VUBAN", VUBAN_PATH, AuditAction.READ, "x", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actor");
        assertThatThrownBy(() -> entries.of(district, "person", " ", "HN-BL-VUBAN", VUBAN_PATH, AuditAction.READ, "x", null, null))
                .hasMessageContaining("recordId");
        assertThatThrownBy(() -> entries.of(district, " ", "p-1", "HN-BL-VUBAN", VUBAN_PATH, AuditAction.READ, "x", null, null))
                .hasMessageContaining("recordType");
        assertThatThrownBy(() -> entries.of(district, "person", "p-1", null, VUBAN_PATH, AuditAction.READ, "x", null, null))
                .hasMessageContaining("recordUnitCode");
        assertThatThrownBy(() -> entries.of(district, "person", "p-1", "HN-BL-VUBAN", List.of(), AuditAction.READ, "x", null, null))
                .hasMessageContaining("recordUnitPath");
        assertThatThrownBy(() -> entries.of(district, "person", "p-1", "HN-BL-VUBAN", VUBAN_PATH, null, "x", null, null))
                .hasMessageContaining("action");
        assertThatThrownBy(() -> entries.of(district, "person", "p-1", "HN-BL-VUBAN", VUBAN_PATH, AuditAction.READ, "", null, null))
                .hasMessageContaining("what");
    }

    @Test
    void aSearchNamesTheRecordTypeAndHowManyMatchedButNoRecord() {
        AuditEntry search = entries.search(district, "hotspot", "status=ACTIVE page=0", 7, "corr-1");

        assertThat(search.action()).isEqualTo(AuditAction.SEARCH);
        assertThat(search.recordType()).isEqualTo("hotspot");
        assertThat(search.recordId()).isNull();
        assertThat(search.recordUnitCode()).isNull();
        assertThat(search.recordUnitPath()).isEmpty();
        assertThat(search.resultCount()).isEqualTo(7L);
        assertThatThrownBy(() -> entries.search(district, null, "x", 0, null)).hasMessageContaining("recordType");
    }

    @Test
    void aDeniedAttemptOnAnUnknownIdNamesNoUnit() {
        AuditEntry denied = entries.denied(district, "incident", "i-404", null, null, "full record", null, null);

        assertThat(denied.action()).isEqualTo(AuditAction.DENIED);
        assertThat(denied.recordType()).isEqualTo("incident");
        assertThat(denied.recordId()).isEqualTo("i-404");
        assertThat(denied.recordUnitCode()).isNull();
        assertThat(denied.recordUnitPath()).isEmpty();
    }

    @Test
    void aJobsChangeIsTheSystemProcessesOrTheAdministratorsWhoStartedIt() {
        AuditEntry bySystem = entries.bySystem("arrest-intake", vn.drugctl.common.events.Actor.system("arrest-intake"),
                List.of(), "person", "p-1", "HN-BL-VUBAN", VUBAN_PATH, "PersonArrested e-1", null);
        assertThat(bySystem.subject()).isEqualTo("system:arrest-intake");
        assertThat(bySystem.username()).isEqualTo("arrest-intake");
        assertThat(bySystem.actorUnitCode()).isNull();
        assertThat(bySystem.actorUnitPath()).isEmpty();
        assertThat(bySystem.recordType()).isEqualTo("person");
        assertThat(bySystem.recordUnitPath()).containsExactlyElementsOf(VUBAN_PATH);
        assertThat(bySystem.action()).isEqualTo(AuditAction.CHANGE);
        assertThat(bySystem.what()).isEqualTo("PersonArrested e-1");
    }
}
