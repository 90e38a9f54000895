package vn.drugctl.registry.person.application;

import vn.drugctl.common.domain.Conflict;
import vn.drugctl.common.domain.NotFound;
import vn.drugctl.common.events.Actor;
import vn.drugctl.common.tenancy.OutOfScopeException;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.common.audit.AuditAction;
import vn.drugctl.registry.person.domain.Person;
import vn.drugctl.registry.person.domain.RuleBook;

import java.util.function.BiFunction;

/**
 * Runs a change of a person's record for a caller who may write in the person's managing unit: one scoped read of
 * the person, the domain checks and produces the change, and one document write stores it guarded by the version it
 * was read at, with its events and its audit line. Without an expected version a concurrent change is retried on
 * fresh state (the rules are checked again); with one, a concurrent change is a 409.
 *
 * <p>Every request on a record leaves an audit line: the change itself (in its write), or, when nothing was written,
 * why: nothing differed, or the change was refused (a rule, a bad value, a stale version: {@code NO_CHANGE}), or the
 * record is not the caller's to see ({@code DENIED}, answered 404 whether the record exists elsewhere or not) or to
 * write ({@code DENIED}, 403: the caller may read it).
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
            Person person = persons.find(personId, scope).orElseThrow(() -> unknown(persons, audit, personId, scope,
                    "change", purpose));
            try {
                scope.requireCapture(units.require(person.unitCode()));
            } catch (OutOfScopeException e) {
                audit.denied(scope, personId, persons.card(personId).orElse(null), "change (may read, not write)",
                        purpose);
                throw e;
            }
            Person.Change result;
            try {
                if (expectedVersion != null && expectedVersion != person.version()) {
                    throw stale(personId, expectedVersion, person.version());
                }
                result = change.apply(person, new Person.Context(rules, time.today(), time.now(), Actor.of(scope)));
            } catch (RuntimeException refused) {
                audit.unchanged(scope, person, "change refused: " + refused.getMessage(), purpose);
                throw refused;
            }
            if (result.isEmpty()) {
                audit.unchanged(scope, person, "change requested; nothing differed", purpose);
                return person;
            }
            boolean stored;
            try {
                stored = persons.update(result.person(), person.version(), result.newEntries(),
                        audit.change(scope, result.person(), AuditAction.CHANGE, result.newEntries(), null, purpose));
            } catch (DuplicateCccd duplicate) {
                audit.unchanged(scope, person, "change refused: " + duplicate.getMessage(), purpose);
                if (duplicate.holder() == null) {
                    throw duplicate;
                }
                audit.disclosed(scope, duplicate.holder().id(), duplicate.holder(), "duplicate CCCD of a details change");
                throw duplicate.shownAs(DuplicateCandidate.of(duplicate.holder(),
                        units.require(duplicate.holder().unitCode()), scope));
            }
            if (stored) {
                return result.person();
            }
            if (expectedVersion != null || attempt == ATTEMPTS) {
                Conflict conflict = stale(personId, expectedVersion == null ? person.version() : expectedVersion, -1);
                audit.unchanged(scope, person, "change refused: " + conflict.getMessage(), purpose);
                throw conflict;
            }
        }
    }

    /**
     * 404 for a person the caller may not see, whether it exists elsewhere or not: nothing tells another tenant's
     * ids apart. The attempt is audited, against the record's unit when it exists.
     */
    static NotFound unknown(Persons persons, PersonAudit audit, String personId, TenantScope scope, String what,
                            String purpose) {
        audit.denied(scope, personId, persons.card(personId).orElse(null), what, purpose);
        return new NotFound("Person", "No person with id " + personId + " in your scope");
    }

    private static Conflict stale(String personId, long expected, long actual) {
        return new Conflict("concurrent-change", "Person " + personId + " was changed meanwhile (you sent version "
                + expected + (actual < 0 ? "" : ", it is now at " + actual) + "); reload it and try again")
                .with("currentVersion", actual < 0 ? null : actual);
    }
}
