package vn.drugctl.registry.person.application;

import vn.drugctl.common.events.Actor;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.Unit;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.registry.person.domain.Person;
import vn.drugctl.registry.person.domain.Sex;

import java.time.Clock;
import java.time.Year;
import java.util.List;

/** Registers a person in a unit the caller may write for. */
public class RegisteringPerson {
    public record RegisterPerson(String fullName, Integer birthYear, Sex sex, String unitCode) {
    }

    private final Persons persons;
    private final UnitCatalogue units;
    private final Clock clock;

    public RegisteringPerson(Persons persons, UnitCatalogue units, Clock clock) {
        this.persons = persons;
        this.units = units;
        this.clock = clock;
    }

    public Person handle(RegisterPerson command, TenantScope scope) {
        Unit unit = units.require(command.unitCode() == null ? scope.unitCode() : command.unitCode());
        scope.requireCapture(unit);
        Person person = Person.register(command.fullName(), command.birthYear(), command.sex(), unit.code(),
                unit.path(), Year.now(clock));
        persons.add(person, List.of(person.registered()), Actor.of(scope));
        return person;
    }
}
