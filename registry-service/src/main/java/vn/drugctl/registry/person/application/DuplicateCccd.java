package vn.drugctl.registry.person.application;

import vn.drugctl.common.domain.Conflict;

/** A CCCD is registered once per province; the answer names the unit that manages the existing record. */
public class DuplicateCccd extends Conflict {
    private final PersonCard existing;

    public DuplicateCccd(String cccd, PersonCard existing) {
        super("duplicate-cccd", "CCCD " + cccd + " is already registered in this province"
                + (existing == null ? "" : ", managed by unit " + existing.unitCode()));
        this.existing = existing;
        with("cccd", cccd);
        if (existing != null) {
            with("managingUnit", existing.unitCode());
        }
    }

    public PersonCard existing() {
        return existing;
    }
}
