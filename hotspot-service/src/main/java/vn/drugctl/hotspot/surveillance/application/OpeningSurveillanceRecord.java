package vn.drugctl.hotspot.surveillance.application;

import vn.drugctl.common.events.Actor;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.audit.AuditAction;
import vn.drugctl.common.audit.AuditEntry;
import vn.drugctl.hotspot.shared.BusinessTime;
import vn.drugctl.hotspot.surveillance.domain.Classification;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceKind;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceRecord;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceRules;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceSubject;

import java.time.LocalDate;

/**
 * Opens a surveillance record for the caller's own unit: the domain checks values and the rules in force on the
 * opening date; one document write stores it with its event and audit line. A refused request writes nothing.
 */
public class OpeningSurveillanceRecord {
    private final SurveillanceRecords records;
    private final SurveillanceRules rules;
    private final BusinessTime time;
    private final SurveillanceAudit audit;

    public OpeningSurveillanceRecord(SurveillanceRecords records, SurveillanceRules rules, BusinessTime time,
                                     SurveillanceAudit audit) {
        this.records = records;
        this.rules = rules;
        this.time = time;
        this.audit = audit;
    }

    public record Command(SurveillanceKind kind, SurveillanceSubject subject, Classification classification,
                          LocalDate openedOn, String reason, String documentRef) {
    }

    public SurveillanceRecord open(Command c, TenantScope scope) {
        scope.requireCapture(scope.unit());
        SurveillanceRecord.Change change = SurveillanceRecord.open(c.kind(), c.subject(), c.classification(),
                c.openedOn(), c.reason(), c.documentRef(), scope.unitCode(), scope.unitPath(),
                new SurveillanceRecord.Context(rules, time.today(), time.now(), Actor.of(scope)));
        records.add(change.record(), change.newEntries(),
                audit.change(scope, change.record(), AuditAction.REGISTER, change.newEntries(), null, null));
        return change.record();
    }
}
