package vn.drugctl.registry.person.application;

import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.web.CorrelationId;
import vn.drugctl.registry.audit.application.AuditEntries;
import vn.drugctl.registry.audit.application.AuditTrail;
import vn.drugctl.registry.audit.domain.AuditAction;
import vn.drugctl.registry.audit.domain.AuditEntry;
import vn.drugctl.registry.person.domain.HistoryEntry;
import vn.drugctl.registry.person.domain.Person;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Writes the audit lines of the person use cases: who read or changed whose record, what, and why. */
public class PersonAudit {
    private final AuditTrail trail;
    private final AuditEntries entries;
    private final RegistryTime time;

    public PersonAudit(AuditTrail trail, AuditEntries entries, RegistryTime time) {
        this.trail = trail;
        this.entries = entries;
        this.time = time;
    }

    public void read(TenantScope scope, Person person, String what, String purpose) {
        record(scope, person, AuditAction.READ, what, purpose);
    }

    public void changed(TenantScope scope, Person person, AuditAction action, List<HistoryEntry> entries,
                        String purpose) {
        String what = entries.stream().map(e -> e.event().eventType() + " " + e.eventId())
                .collect(Collectors.joining(", "));
        record(scope, person, action, what, purpose);
    }

    /** A change the platform made by itself (a scheduled job), under the process's name. */
    public void changedBySystem(String process, Person person, List<HistoryEntry> entries) {
        String what = entries.stream().map(e -> e.event().eventType() + " " + e.eventId())
                .collect(Collectors.joining(", "));
        trail.record(new AuditEntry(UUID.randomUUID().toString(), time.now(), "system:" + process, process, null,
                List.of(), person.id(), person.unitCode(), person.unitPath(), AuditAction.CHANGE, what, null,
                CorrelationId.current().orElse(null)));
    }

    private void record(TenantScope scope, Person person, AuditAction action, String what, String purpose) {
        trail.record(entries.of(scope, person.id(), person.unitCode(), person.unitPath(), action, what, purpose,
                CorrelationId.current().orElse(null)));
    }
}
