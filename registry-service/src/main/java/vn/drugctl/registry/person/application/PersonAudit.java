package vn.drugctl.registry.person.application;

import vn.drugctl.common.audit.AuditEntries;
import vn.drugctl.common.audit.AuditEntry;
import vn.drugctl.common.audit.AuditTrail;
import vn.drugctl.common.audit.RecordAudit;
import vn.drugctl.common.audit.RecordUnit;
import vn.drugctl.common.events.Actor;
import vn.drugctl.common.tenancy.Unit;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.registry.person.domain.HistoryEntry;
import vn.drugctl.registry.person.domain.Person;

import java.util.List;

/**
 * The audit lines of the person use cases (platform-common's {@link RecordAudit}, record type {@value #RECORD_TYPE}):
 * who read, changed, tried, searched or was told of whose record, what, and why. A change's line travels in the
 * change's own document write ({@link Persons#update}), so a change and its audit line cannot part.
 */
public class PersonAudit extends RecordAudit<Person, HistoryEntry> {
    /** The record type of a person's audit lines. */
    public static final String RECORD_TYPE = "person";

    private final UnitCatalogue units;

    public PersonAudit(AuditTrail trail, AuditEntries entries, UnitCatalogue units) {
        super(trail, entries, RECORD_TYPE, Person::id, p -> RecordUnit.of(p.unitCode(), p.unitPath()),
                e -> e.event().eventType() + " " + e.eventId());
        this.units = units;
    }

    /**
     * The line of a change a job of the platform made, in the name of {@code actor}: the administrator who started
     * the job (the line shows in their supervisors' trail, by their unit's path), or the process's system actor.
     */
    public AuditEntry changeByJob(String process, Actor actor, Person person, List<HistoryEntry> changes) {
        List<String> actorPath = actor.unitCode() == null ? List.of()
                : units.find(actor.unitCode()).map(Unit::path).orElse(List.of(actor.unitCode()));
        return changeByJob(process, actor, actorPath, person, changes);
    }
}
