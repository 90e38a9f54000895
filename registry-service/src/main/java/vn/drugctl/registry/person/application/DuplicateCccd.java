package vn.drugctl.registry.person.application;

import vn.drugctl.common.domain.Conflict;

/**
 * A CCCD is registered once per province. The answer names the unit that manages the existing record; the record
 * itself (its id) only when it lies in the caller's view.
 */
public class DuplicateCccd extends Conflict {
    private final PersonCard holder;

    /** @param holder the existing record, unscoped, as the store found it ({@code null} if it vanished meanwhile) */
    public DuplicateCccd(String cccd, PersonCard holder) {
        super("duplicate-cccd", "CCCD " + cccd + " is already registered in this province"
                + (holder == null ? "" : ", managed by unit " + holder.unitCode()));
        this.holder = holder;
        with("cccd", cccd);
        if (holder != null) {
            with("managingUnit", holder.unitCode());
        }
    }

    private DuplicateCccd(String cccd, PersonCard holder, DuplicateCandidate shown) {
        this(cccd, holder);
        with("managingUnitName", shown.managingUnitName());
        if (shown.inYourScope()) {
            with("existingPersonId", shown.id());
        }
    }

    /** The same refusal, showing the caller what {@code shown} allows. */
    public DuplicateCccd shownAs(DuplicateCandidate shown) {
        return new DuplicateCccd(String.valueOf(properties().get("cccd")), holder, shown);
    }

    public PersonCard holder() {
        return holder;
    }
}
