package vn.drugctl.registry.reconciliation.application;

import java.util.List;

/** The positions of the people managed in a unit's subtree, read from the registry's own records. */
public interface PersonPositions {
    /** Every person whose unit path contains {@code unitCode}, on a list or not, ordered by id. */
    List<PersonPosition> inSubtree(String unitCode);
}
