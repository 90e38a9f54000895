package vn.drugctl.common.tenancy;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Derives a {@link TenantScope} from the claims of a verified access token. Nothing else (no header, no
 * request body) decides the tenant.
 */
public final class TenantScopes {
    private final UnitCatalogue catalogue;

    public TenantScopes(UnitCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * @param unitClaim the token's {@code unit} claim
     * @param roleClaims the token's {@code roles} claim (unknown roles are ignored)
     * @throws OutOfScopeException when the token names no unit or a unit the catalogue does not hold
     */
    public TenantScope fromClaims(String subject, String username, String unitClaim, List<String> roleClaims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (roleClaims != null) {
            roleClaims.forEach(r -> Role.parse(r).ifPresent(roles::add));
        }
        if (unitClaim == null || unitClaim.isBlank()) {
            throw new OutOfScopeException("The access token carries no 'unit' claim; ask an administrator to set your unit");
        }
        if (roles.contains(Role.EXCHANGE_PARTNER)) {
            // Partner provinces are not units of this catalogue; they see nothing of the tenants' data here.
            Unit partner = new Unit(unitClaim, "Partner " + unitClaim, UnitLevel.PROVINCE, null,
                    java.time.LocalDate.MIN, null, null, List.of(unitClaim));
            return new TenantScope(subject, username, partner, roles, Set.of(), Set.of());
        }
        Unit unit = catalogue.find(unitClaim).map(u -> catalogue.successor(u.code()))
                .orElseThrow(() -> new OutOfScopeException(
                        "The unit '" + unitClaim + "' in your access token is not in the unit catalogue"));
        Set<String> capture = new HashSet<>();
        Set<String> view = new HashSet<>();
        if (roles.contains(Role.COMMUNE_OFFICER) || roles.contains(Role.DISTRICT_OFFICER)) {
            capture.add(unit.code());
            view.add(unit.code());
        }
        if (roles.contains(Role.PROVINCE_ANALYST) || roles.contains(Role.ADMIN)) {
            view.add(unit.provinceCode());
        }
        return new TenantScope(subject, username, unit, roles, capture, view);
    }
}
