package vn.drugctl.registry.person.application;

import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.Unit;
import vn.drugctl.registry.person.domain.MainList;

/**
 * What a duplicate check shows about an existing record. Inside the caller's view: who it is (name, birth year, home
 * village, list). Outside it: only that a possible duplicate exists and which unit manages it, so the officer can call
 * that unit; never a name or a list (Decree 13/2023: minimal disclosure). The id is given either way, so that the
 * caller can confirm the new person is someone else ({@code confirmedNotDuplicate}); it opens nothing (a read of an
 * id outside the caller's view answers 404).
 *
 * @param fullName  {@code null} outside the caller's view, like {@code birthYear}, {@code village} and {@code list}
 */
public record DuplicateCandidate(String id, String managingUnit, String managingUnitName, boolean inYourScope,
                                 String fullName, Integer birthYear, String village, MainList list) {

    public static DuplicateCandidate of(PersonCard card, Unit managingUnit, TenantScope scope) {
        if (scope.canView(managingUnit)) {
            return new DuplicateCandidate(card.id(), card.unitCode(), managingUnit.name(), true, card.fullName(),
                    card.birthYear(), card.village(), card.list());
        }
        return new DuplicateCandidate(card.id(), card.unitCode(), managingUnit.name(), false, null, null, null, null);
    }

    /** One line for an officer: the name when in scope, else "a person managed by unit X". */
    public String describe() {
        return inYourScope ? fullName + " (" + birthYear + ", " + managingUnit + ")"
                : "a person managed by " + managingUnitName + " (" + managingUnit + ")";
    }
}
