package vn.drugctl.common.audit.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import vn.drugctl.common.audit.AuditAction;
import vn.drugctl.common.audit.AuditEntries;
import vn.drugctl.common.audit.ReadingAuditTrail;
import vn.drugctl.common.audit.ReadingAuditTrailTest.InMemoryAudit;
import vn.drugctl.common.audit.Scopes;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.web.ApiProblem;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The shared HTTP side of the audit trail, without HTTP: what a service's controller hands over and gets back. */
class AuditEndpointsTest {
    private final InMemoryAudit audit = new InMemoryAudit();
    private final AuditEntries entries = new AuditEntries(Clock.fixed(Instant.parse("2025-03-05T02:00:00Z"),
            ZoneOffset.UTC));
    private final AuditEndpoints endpoints = new AuditEndpoints(new ReadingAuditTrail(audit, audit, entries),
            ZoneId.of("Asia/Ho_Chi_Minh"));
    private final TenantScope commune = Scopes.communeOfficer("HN-BL-VUBAN");

    @Test
    void aRecordsTrailAnswersItsTypeIdAndUnitAndRecordsTheLook() {
        audit.record(entries.of(commune, "hotspot", "h-1", "HN-BL-VUBAN", commune.unitPath(), AuditAction.REGISTER,
                "HotspotReported", null, null));

        AuditPageResponse page = endpoints.ofRecord("hotspot", "hotspotId", "h-1", null, "10", "2025-03-05",
                "2025-03-05", Scopes.districtOfficer("HN-BL"));

        assertThat(page.items()).singleElement().satisfies(item -> {
            assertThat(item.recordType()).isEqualTo("hotspot");
            assertThat(item.recordId()).isEqualTo("h-1");
            assertThat(item.recordUnitCode()).isEqualTo("HN-BL-VUBAN");
            assertThat(item.username()).isEqualTo("officer.hn-bl-vuban");
        });
        assertThat(page.page()).isEqualTo(new AuditPageResponse.PageInfo(0, 10, 1, false));
        assertThat(audit.stored).hasSize(2);
        assertThat(audit.stored.getLast().what()).isEqualTo(ReadingAuditTrail.AUDIT_TRAIL);
    }

    @Test
    void anotherTenantsSupervisorGetsAnEmptyPageAndLeavesNoLook() {
        audit.record(entries.of(commune, "hotspot", "h-1", "HN-BL-VUBAN", commune.unitPath(), AuditAction.REGISTER,
                "HotspotReported", null, null));

        assertThat(endpoints.ofRecord("hotspot", "hotspotId", "h-1", null, null, null, null,
                Scopes.provinceAnalyst("TN")).items()).isEmpty();
        assertThat(endpoints.ofUser("officer.hn-bl-vuban", null, null, null, null, Scopes.provinceAnalyst("TN"))
                .items()).isEmpty();
        assertThat(audit.stored).hasSize(1);
    }

    @Test
    void badParametersAre400NamingThemAndANonSupervisorIs403First() {
        TenantScope analyst = Scopes.provinceAnalyst("HN");
        Map<String, List<String>> cases = Map.of(
                "size", List.of("0", "abc"), "page", List.of("-1", "x"));
        cases.forEach((name, values) -> values.forEach(value -> {
            ApiProblem problem = catchThrowableOfType(ApiProblem.class, () -> endpoints.ofRecord("hotspot",
                    "hotspotId", "h-1", name.equals("page") ? value : null, name.equals("size") ? value : null,
                    null, null, analyst));
            assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(problem.properties().get("errors").toString()).contains("field=" + name);
        }));
        ApiProblem from = catchThrowableOfType(ApiProblem.class, () -> endpoints.ofUser("analyst.hn", null, null,
                "2025-13-01", null, analyst));
        assertThat(from.properties().get("errors").toString()).contains("field=from");
        ApiProblem id = catchThrowableOfType(ApiProblem.class, () -> endpoints.ofRecord("incident", "incidentId",
                "bad$id", null, null, null, null, analyst));
        assertThat(id.properties().get("errors").toString()).contains("field=incidentId");

        ApiProblem forbidden = catchThrowableOfType(ApiProblem.class, () -> endpoints.ofRecord("hotspot",
                "hotspotId", "bad$id", "-1", null, null, null, commune));
        assertThat(forbidden.status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(forbidden.type().toString()).endsWith("/forbidden");
        assertThat(audit.stored).isEmpty();
    }
}
