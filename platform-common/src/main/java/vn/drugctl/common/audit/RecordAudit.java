package vn.drugctl.common.audit;

import org.slf4j.MDC;
import vn.drugctl.common.correlation.CorrelationIds;
import vn.drugctl.common.events.Actor;
import vn.drugctl.common.tenancy.TenantScope;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The audit lines of one record type's use cases, the same for every aggregate of every service: who read, changed,
 * tried, searched or was told of which record, what, and why.
 *
 * <ul>
 *   <li>A change's line is only built here ({@link #change}, {@link #changeByJob}): it travels in the change's own
 *   document write ({@link MongoAuditTrail#outboxRecord}), so a change and its line cannot part.</li>
 *   <li>Reads, no-change answers, refusals, disclosures and searches are recorded at once, before the answer goes out:
 *   if the line cannot be stored, the exception stops the request, and nothing is served unaudited.</li>
 *   <li>The correlation id is the current request's (the logging MDC, {@link CorrelationIds#MDC_KEY}).</li>
 * </ul>
 *
 * @param <R> the aggregate (a person, a hotspot, an incident...)
 * @param <H> one entry of its history, as a change's line lists them ({@code PersonMovedToList 7f3a…, …})
 */
public class RecordAudit<R, H> {
    private final AuditTrail trail;
    private final AuditEntries entries;
    private final String recordType;
    private final Function<R, String> idOf;
    private final Function<R, RecordUnit> unitOf;
    private final Function<H, String> describeEntry;

    /**
     * @param recordType    the audit lines' record type ({@code person}, {@code hotspot}, {@code incident}...)
     * @param id            a record's id
     * @param unit          the unit managing a record now
     * @param describeEntry one history entry in a change's line: its event type and id
     */
    public RecordAudit(AuditTrail trail, AuditEntries entries, String recordType, Function<R, String> id,
                       Function<R, RecordUnit> unit, Function<H, String> describeEntry) {
        this.trail = Objects.requireNonNull(trail, "trail");
        this.entries = Objects.requireNonNull(entries, "entries");
        this.recordType = Objects.requireNonNull(recordType, "recordType");
        this.idOf = Objects.requireNonNull(id, "id");
        this.unitOf = Objects.requireNonNull(unit, "unit");
        this.describeEntry = Objects.requireNonNull(describeEntry, "describeEntry");
    }

    public String recordType() {
        return recordType;
    }

    /** The caller read {@code record}: {@code what} part of it, for {@code purpose} ({@code null}: none stated). */
    public void read(TenantScope scope, R record, String what, String purpose) {
        trail.record(line(scope, record, AuditAction.READ, what, purpose));
    }

    /**
     * The line of a change ({@code REGISTER} for a new record, {@code CHANGE} else) listing its new history entries,
     * then {@code extra} when given; to be written with the change.
     */
    public AuditEntry change(TenantScope scope, R record, AuditAction action, List<H> changes, String extra,
                             String purpose) {
        return line(scope, record, action, describe(changes) + (extra == null ? "" : "; " + extra), purpose);
    }

    /**
     * The line of a change a job of the platform made, in the name of {@code startedBy}: the administrator who
     * started it (whose unit path is {@code startedByPath}), or the process's system actor.
     */
    public AuditEntry changeByJob(String process, Actor startedBy, List<String> startedByPath, R record,
                                  List<H> changes) {
        RecordUnit unit = unitOf.apply(record);
        return entries.bySystem(process, startedBy, startedByPath, recordType, idOf.apply(record), unit.unitCode(),
                unit.unitPath(), describe(changes), correlationId());
    }

    /** A change was asked for and refused or nothing differed: recorded, since the caller still touched the record. */
    public void unchanged(TenantScope scope, R record, String what, String purpose) {
        trail.record(line(scope, record, AuditAction.NO_CHANGE, what, purpose));
    }

    /**
     * A read or change of {@code id} refused as unknown (404). {@code holder} is the record's unit when it exists
     * outside the caller's scope (the line then reaches that unit's supervisors), else {@code null}.
     */
    public void denied(TenantScope scope, String id, RecordUnit holder, String what, String purpose) {
        trail.record(entries.denied(scope, recordType, id, holder == null ? null : holder.unitCode(),
                holder == null ? null : holder.unitPath(), what, purpose, correlationId()));
    }

    /** The caller was told that record {@code id} of {@code holder} exists (a duplicate or watched-point check). */
    public void disclosed(TenantScope scope, String id, RecordUnit holder, String what) {
        trail.record(entries.of(scope, recordType, id, holder.unitCode(), holder.unitPath(), AuditAction.DISCLOSE,
                what, null, correlationId()));
    }

    /** A search with {@code filters} that matched {@code matched} records. */
    public void searched(TenantScope scope, String filters, long matched) {
        trail.record(entries.search(scope, recordType, filters, matched, correlationId()));
    }

    private AuditEntry line(TenantScope scope, R record, AuditAction action, String what, String purpose) {
        RecordUnit unit = unitOf.apply(record);
        return entries.of(scope, recordType, idOf.apply(record), unit.unitCode(), unit.unitPath(), action, what,
                purpose, correlationId());
    }

    private String describe(List<H> changes) {
        return changes.stream().map(describeEntry).collect(Collectors.joining(", "));
    }

    private static String correlationId() {
        return MDC.get(CorrelationIds.MDC_KEY);
    }
}
