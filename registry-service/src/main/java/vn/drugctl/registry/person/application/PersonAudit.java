package vn.drugctl.registry.person.application;

import vn.drugctl.common.events.Actor;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.common.web.CorrelationId;
import vn.drugctl.common.audit.AuditEntries;
import vn.drugctl.common.audit.AuditTrail;
import vn.drugctl.common.audit.AuditAction;
import vn.drugctl.common.audit.AuditEntry;
import vn.drugctl.registry.person.domain.HistoryEntry;
import vn.drugctl.registry.person.domain.Person;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The audit lines of the person use cases: who read, changed, tried, searched or was told of whose record, what, and
 * why. A change's line is not recorded here: it is built here and travels in the change's own document write
 * ({@link Persons#update}), so a change and its audit line cannot part. Reads, refusals, searches and disclosures
 * are recorded at once, before the answer goes out: a request that cannot be audited is not served.
 */
public class PersonAudit {
    /** The record type of a person's audit lines. */
    public static final String RECORD_TYPE = "person";

    private final AuditTrail trail;
    private final AuditEntries entries;
    private final UnitCatalogue units;

    public PersonAudit(AuditTrail trail, AuditEntries entries, UnitCatalogue units) {
        this.trail = trail;
        this.entries = entries;
        this.units = units;
    }

    public void read(TenantScope scope, Person person, String what, String purpose) {
        trail.record(entries.of(scope, RECORD_TYPE, person.id(), person.unitCode(), person.unitPath(),
                AuditAction.READ, what, purpose, correlationId()));
    }

    /** The line of a change, to be written with it. */
    public AuditEntry change(TenantScope scope, Person person, AuditAction action, List<HistoryEntry> changes,
                             String purpose) {
        return entries.of(scope, RECORD_TYPE, person.id(), person.unitCode(), person.unitPath(), action,
                describe(changes), purpose, correlationId());
    }

    /**
     * The line of a change a job of the platform made, in the name of {@code actor}: the administrator who started
     * the job, or the process's system actor.
     */
    public AuditEntry changeByJob(String process, Actor actor, Person person, List<HistoryEntry> changes) {
        List<String> actorPath = actor.unitCode() == null ? List.of()
                : units.find(actor.unitCode()).map(vn.drugctl.common.tenancy.Unit::path).orElse(List.of(actor.unitCode()));
        return entries.bySystem(process, actor, actorPath, RECORD_TYPE, person.id(), person.unitCode(),
                person.unitPath(), describe(changes), correlationId());
    }

    /** A change was asked for and nothing differed: recorded, since the caller still saw and touched the record. */
    public void unchanged(TenantScope scope, Person person, String what, String purpose) {
        trail.record(entries.of(scope, RECORD_TYPE, person.id(), person.unitCode(), person.unitPath(),
                AuditAction.NO_CHANGE, what, purpose, correlationId()));
    }

    /**
     * A read or change of {@code personId} was refused as unknown (404). {@code holder} is the record when it exists
     * outside the caller's scope, so the line reaches its unit's supervisors.
     */
    public void denied(TenantScope scope, String personId, PersonCard holder, String what, String purpose) {
        trail.record(entries.denied(scope, RECORD_TYPE, personId, holder == null ? null : holder.unitCode(),
                holder == null ? null : holder.unitPath(), what, purpose, correlationId()));
    }

    /** A duplicate check told the caller that {@code holder} exists. */
    public void disclosed(TenantScope scope, PersonCard holder, String what) {
        trail.record(entries.of(scope, RECORD_TYPE, holder.id(), holder.unitCode(), holder.unitPath(),
                AuditAction.DISCLOSE, what, null, correlationId()));
    }

    public void searched(TenantScope scope, String filters, long matched) {
        trail.record(entries.search(scope, RECORD_TYPE, filters, matched, correlationId()));
    }

    private static String describe(List<HistoryEntry> changes) {
        return changes.stream().map(e -> e.event().eventType() + " " + e.eventId()).collect(Collectors.joining(", "));
    }

    private static String correlationId() {
        return CorrelationId.current().orElse(null);
    }
}
