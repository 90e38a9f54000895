package vn.drugctl.registry.person.application;

import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.UnitCatalogue;

/** Searches people within the caller's view scope; a unit filter outside the scope is refused (403). */
public class SearchingPersons {
    private final Persons persons;
    private final UnitCatalogue units;

    public SearchingPersons(Persons persons, UnitCatalogue units) {
        this.persons = persons;
        this.units = units;
    }

    public PersonPage handle(PersonQuery query, TenantScope scope) {
        if (query.unitCode() != null) {
            scope.requireView(units.require(query.unitCode()));
        }
        return persons.search(query, scope);
    }
}
