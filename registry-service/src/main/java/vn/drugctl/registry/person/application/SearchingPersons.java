package vn.drugctl.registry.person.application;

import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.UnitCatalogue;

/**
 * Searches people within the caller's view scope; a unit filter outside the scope is refused (403). Every search is
 * audited with its filters and how many people matched (not who).
 */
public class SearchingPersons {
    private final Persons persons;
    private final UnitCatalogue units;
    private final PersonAudit audit;

    public SearchingPersons(Persons persons, UnitCatalogue units, PersonAudit audit) {
        this.persons = persons;
        this.units = units;
        this.audit = audit;
    }

    public PersonPage handle(PersonQuery query, TenantScope scope) {
        if (query.unitCode() != null) {
            scope.requireView(units.require(query.unitCode()));
        }
        PersonPage page = persons.search(query, scope);
        audit.searched(scope, query.describe(), page.total());
        return page;
    }
}
