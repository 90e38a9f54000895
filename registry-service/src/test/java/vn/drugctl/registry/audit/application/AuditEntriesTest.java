package vn.drugctl.registry.audit.application;

import org.junit.jupiter.api.Test;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.registry.audit.Scopes;
import vn.drugctl.registry.audit.domain.AuditAction;
import vn.drugctl.registry.audit.domain.AuditEntry;

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
    void entryNamesTheActorAndTheUnitItActedForThePersonAndItsUnitTheActionAndTheRequest() {
        AuditEntry entry = entries.of(district, "p-1", "HN-BL-VUBAN", VUBAN_PATH, AuditAction.READ, "full record",
                "  Kiểm tra hồ sơ quản lý  ", "corr-12345678");

        assertThat(UUID.fromString(entry.id())).isNotNull();
        assertThat(entry.at()).isEqualTo(Instant.parse("2025-03-04T05:06:07.123Z"));
        assertThat(entry.subject()).isEqualTo(district.subject());
        assertThat(entry.username()).isEqualTo("district.hn-bl");
        assertThat(entry.actorUnitCode()).isEqualTo("HN-BL");
        assertThat(entry.actorUnitPath()).containsExactly("HN", "HN-BL");
        assertThat(entry.personId()).isEqualTo("p-1");
        assertThat(entry.personUnitCode()).isEqualTo("HN-BL-VUBAN");
        assertThat(entry.personUnitPath()).containsExactly("HN", "HN-BL", "HN-BL-VUBAN");
        assertThat(entry.action()).isEqualTo(AuditAction.READ);
        assertThat(entry.what()).isEqualTo("full record");
        assertThat(entry.purpose()).isEqualTo("Kiểm tra hồ sơ quản lý");
        assertThat(entry.correlationId()).isEqualTo("corr-12345678");
    }

    @Test
    void everyEntryGetsItsOwnId() {
        AuditEntry first = entries.of(district, "p-1", "HN-BL-VUBAN", VUBAN_PATH, AuditAction.READ, "full record", null, null);
        AuditEntry second = entries.of(district, "p-1", "HN-BL-VUBAN", VUBAN_PATH, AuditAction.READ, "full record", null, null);

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(first.at()).isEqualTo(second.at());
    }

    @Test
    void blankPurposeAndCorrelationIdAreAbsentAndAnOverlongPurposeIsCut() {
        AuditEntry blank = entries.of(district, "p-1", "HN-BL-VUBAN", VUBAN_PATH, AuditAction.CHANGE,
                "PersonMovedToList", " ", "");
        assertThat(blank.purpose()).isNull();
        assertThat(blank.correlationId()).isNull();

        AuditEntry longOne = entries.of(district, "p-1", "HN-BL-VUBAN", VUBAN_PATH, AuditAction.READ, "full record",
                "x".repeat(2_000), null);
        assertThat(longOne.purpose()).hasSize(AuditEntries.MAX_PURPOSE_LENGTH).endsWith("…");
    }

    @Test
    void anEntryWithoutActorPersonUnitActionOrWhatIsAProgrammingError() {
        assertThatThrownBy(() -> entries.of(null, "p-1", "HN-BL-VUBAN", VUBAN_PATH, AuditAction.READ, "x", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actor");
        assertThatThrownBy(() -> entries.of(district, " ", "HN-BL-VUBAN", VUBAN_PATH, AuditAction.READ, "x", null, null))
                .hasMessageContaining("personId");
        assertThatThrownBy(() -> entries.of(district, "p-1", null, VUBAN_PATH, AuditAction.READ, "x", null, null))
                .hasMessageContaining("personUnitCode");
        assertThatThrownBy(() -> entries.of(district, "p-1", "HN-BL-VUBAN", List.of(), AuditAction.READ, "x", null, null))
                .hasMessageContaining("personUnitPath");
        assertThatThrownBy(() -> entries.of(district, "p-1", "HN-BL-VUBAN", VUBAN_PATH, null, "x", null, null))
                .hasMessageContaining("action");
        assertThatThrownBy(() -> entries.of(district, "p-1", "HN-BL-VUBAN", VUBAN_PATH, AuditAction.READ, "", null, null))
                .hasMessageContaining("what");
    }
}
