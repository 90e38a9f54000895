package vn.drugctl.registry.person.application;

import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.registry.person.domain.Person;
import vn.drugctl.registry.person.domain.RegistryState;

import java.time.LocalDate;

/**
 * Opens a person's full record for a caller whose scope covers it; every such read is audited first. A person outside
 * the caller's view is 404, like one that does not exist, and the attempt is audited.
 */
public class ReadingPerson {
    /** The record: the person with its history, its state now and, when asked, on a date. */
    public record PersonRecord(Person person, RegistryState now, LocalDate asOf, RegistryState stateAsOf) {
    }

    private final Persons persons;
    private final PersonAudit audit;

    public ReadingPerson(Persons persons, PersonAudit audit) {
        this.persons = persons;
        this.audit = audit;
    }

    public PersonRecord handle(String personId, LocalDate asOf, String purpose, TenantScope scope) {
        Person person = persons.find(personId, scope).orElseThrow(() -> ChangingPerson.unknown(persons, audit,
                personId, scope, asOf == null ? "full record" : "full record, state as of " + asOf, purpose));
        audit.read(scope, person, asOf == null ? "full record" : "full record, state as of " + asOf, purpose);
        return new PersonRecord(person, person.state(), asOf, asOf == null ? null : person.stateAsOf(asOf));
    }
}
