package vn.drugctl.registry.person.application;

import vn.drugctl.common.domain.Conflict;
import vn.drugctl.common.domain.NotFound;
import vn.drugctl.common.events.Actor;
import vn.drugctl.common.tenancy.OutOfScopeException;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.registry.audit.domain.AuditAction;
import vn.drugctl.registry.person.domain.Person;
import vn.drugctl.registry.person.domain.RuleBook;

import java.util.function.BiFunction;

/**
 * Runs a change of a person's record for a caller who may write in the person's managing unit: loads the person,
 * lets the domain check and produce the change, stores it guarded by the version it was read at, and audits it.
 * Without an expected version a concurrent change is retried on fresh state (the rules are checked again); with
 * one, a concurrent change is a 409.
 */
public class ChangingPerson {
    private static final int ATTEMPTS = 5;

    private final Persons persons;
    private final UnitCatalogue units;
    private final RuleBook rules;
    private final RegistryTime time;
    private final PersonAudit audit;

    public ChangingPerson(Persons persons, UnitCatalogue units, RuleBook rules, RegistryTime time, PersonAudit audit) {
        this.persons = persons;
        this.units = units;
        this.rules = rules;
        this.time = time;
        this.audit = audit;
    }

    /**
     * @param expectedVersion the version the caller saw, or {@code null} to apply to the latest state
     * @return the person after the change (unchanged when the change appended nothing)
     */
    public Person handle(String personId, Long expectedVersion, String purpose, TenantScope scope,
                         BiFunction<Person, Person.Context, Person.Change> change) {
        for (int attempt = 1; ; attempt++) {
            Person person = persons.find(personId, scope).orElseThrow(() -> missingOrOutOfScope(persons, units,
                    personId, scope));
            scope.requireCapture(units.require(person.unitCode()));
            if (expectedVersion != null && expectedVersion != person.version()) {
                throw stale(personId, expectedVersion, person.version());
            }
            Person.Change result = change.apply(person, new Person.Context(rules, time.today(), time.now(),
                    Actor.of(scope)));
            if (result.isEmpty()) {
                return person;
            }
            if (persons.update(result.person(), person.version(), result.newEntries())) {
                audit.changed(scope, result.person(), AuditAction.CHANGE, result.newEntries(), purpose);
                return result.person();
            }
            if (expectedVersion != null || attempt == ATTEMPTS) {
                throw stale(personId, expectedVersion == null ? person.version() : expectedVersion, -1);
            }
        }
    }

    /** 403 when the person exists outside the caller's scope, else 404. */
    static RuntimeException missingOrOutOfScope(Persons persons, UnitCatalogue units, String personId,
                                                TenantScope scope) {
        return persons.card(personId)
                .<RuntimeException>map(card -> new OutOfScopeException(scope, units.require(card.unitCode()), "read"))
                .orElseGet(() -> new NotFound("Person", "No person with id " + personId));
    }

    private static Conflict stale(String personId, long expected, long actual) {
        return new Conflict("concurrent-change", "Person " + personId + " was changed meanwhile (you sent version "
                + expected + (actual < 0 ? "" : ", it is now at " + actual) + "); reload it and try again")
                .with("currentVersion", actual < 0 ? null : actual);
    }
}
