package vn.drugctl.common.tenancy;

import java.util.List;
import java.util.Set;

/**
 * What the caller may touch, derived from the access token only (claim {@code unit} and the roles).
 *
 * <ul>
 *   <li>capture: units the caller may write records for (an officer's own unit);</li>
 *   <li>view: roots of the subtrees the caller may read (own unit's subtree; the whole province for
 *       province roles). Records carry their unit path, so a record is visible when its path contains
 *       one of the view roots.</li>
 * </ul>
 */
public record TenantScope(String subject, String username, Unit unit, Set<Role> roles, Set<String> captureUnits,
                          Set<String> viewRoots) {

    public TenantScope {
        roles = Set.copyOf(roles);
        captureUnits = Set.copyOf(captureUnits);
        viewRoots = Set.copyOf(viewRoots);
    }

    public String unitCode() {
        return unit.code();
    }

    public List<String> unitPath() {
        return unit.path();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean canView(Unit target) {
        return target.path().stream().anyMatch(viewRoots::contains);
    }

    public boolean canCapture(Unit target) {
        return captureUnits.contains(target.code());
    }

    /** Throws {@link OutOfScopeException} (403) unless the caller may read records of {@code target}. */
    public void requireView(Unit target) {
        if (!canView(target)) {
            throw new OutOfScopeException(this, target, "read");
        }
    }

    /** Throws {@link OutOfScopeException} (403) unless the caller may write records of {@code target}. */
    public void requireCapture(Unit target) {
        if (!canCapture(target)) {
            throw new OutOfScopeException(this, target, "write");
        }
    }
}
