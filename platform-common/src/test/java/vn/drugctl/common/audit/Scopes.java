package vn.drugctl.common.audit;

import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.TenantScopes;
import vn.drugctl.common.tenancy.UnitCatalogueLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

/** Tenant scopes of the real unit catalogue, as the token resolver derives them, for plain unit tests. */
public final class Scopes {
    private static final TenantScopes SCOPES = load();

    private Scopes() {
    }

    public static TenantScope of(String username, String unit, String... roles) {
        return SCOPES.fromClaims(UUID.nameUUIDFromBytes(username.getBytes()).toString(), username, unit, List.of(roles));
    }

    public static TenantScope communeOfficer(String unit) {
        return of("officer." + unit.toLowerCase(), unit, "COMMUNE_OFFICER");
    }

    public static TenantScope districtOfficer(String unit) {
        return of("district." + unit.toLowerCase(), unit, "DISTRICT_OFFICER");
    }

    public static TenantScope provinceAnalyst(String unit) {
        return of("analyst." + unit.toLowerCase(), unit, "PROVINCE_ANALYST");
    }

    private static TenantScopes load() {
        try (InputStream in = Scopes.class.getResourceAsStream("/drugctl/units.csv")) {
            return new TenantScopes(UnitCatalogueLoader.load(in, "drugctl/units.csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
