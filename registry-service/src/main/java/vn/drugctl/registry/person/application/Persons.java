package vn.drugctl.registry.person.application;

import vn.drugctl.common.events.Actor;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.registry.person.domain.Person;
import vn.drugctl.registry.person.domain.PersonEvent;

import java.util.List;
import java.util.Optional;

/** The registry's people. Every read is scoped: there is no way to query without a tenant scope. */
public interface Persons {
    /** Stores a new person together with its events, atomically. */
    void add(Person person, List<PersonEvent> events, Actor actor);

    /** The person if it exists and lies in the caller's view scope. */
    Optional<Person> find(String id, TenantScope scope);

    /** Whether a person with this id exists at all (to tell 404 from 403). */
    boolean exists(String id);
}
