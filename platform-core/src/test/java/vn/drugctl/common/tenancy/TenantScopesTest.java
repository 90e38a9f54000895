package vn.drugctl.common.tenancy;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantScopesTest {
    private final UnitCatalogue catalogue = UnitCatalogueLoader.load(new ByteArrayInputStream((UnitCatalogueLoader.HEADER + "\n" + """
            HN;Tỉnh Hà Nam;PROVINCE;;1997-01-01;;
            HN-BL;Huyện Bình Lục;DISTRICT;HN;1997-01-01;;
            HN-BL-VUBAN;Xã Vũ Bản;COMMUNE;HN-BL;1997-01-01;;
            HN-BL-ANDO;Xã An Đổ;COMMUNE;HN-BL;1997-01-01;;
            HN-KB;Huyện Kim Bảng;DISTRICT;HN;1997-01-01;;
            HN-KB-XA;Xã Khác;COMMUNE;HN-KB;1997-01-01;;
            TN;Tỉnh Thái Nguyên;PROVINCE;;2025-07-01;;
            """).getBytes(StandardCharsets.UTF_8)), "test");
    private final TenantScopes scopes = new TenantScopes(catalogue);

    @Test
    void communeOfficerWritesAndReadsOnlyItsCommune() {
        TenantScope scope = scopes.fromClaims("s", "u", "HN-BL-VUBAN", List.of("COMMUNE_OFFICER", "offline_access"));

        assertThat(scope.roles()).containsExactly(Role.COMMUNE_OFFICER);
        assertThat(scope.canCapture(catalogue.require("HN-BL-VUBAN"))).isTrue();
        assertThat(scope.canView(catalogue.require("HN-BL-ANDO"))).isFalse();
        assertThat(scope.canView(catalogue.require("HN-BL"))).isFalse();
        assertThatThrownBy(() -> scope.requireCapture(catalogue.require("HN-BL-ANDO")))
                .isInstanceOf(OutOfScopeException.class).hasMessageContaining("HN-BL-ANDO");
    }

    @Test
    void districtOfficerReadsItsCommunesButNotAnotherDistrict() {
        TenantScope scope = scopes.fromClaims("s", "u", "HN-BL", List.of("DISTRICT_OFFICER"));

        assertThat(scope.canView(catalogue.require("HN-BL-ANDO"))).isTrue();
        assertThat(scope.canView(catalogue.require("HN-KB-XA"))).isFalse();
        assertThat(scope.canCapture(catalogue.require("HN-BL-ANDO"))).isFalse();
    }

    @Test
    void provinceAnalystReadsTheWholeProvinceOnlyAndWritesNothing() {
        TenantScope scope = scopes.fromClaims("s", "u", "HN", List.of("PROVINCE_ANALYST"));

        assertThat(scope.canView(catalogue.require("HN-KB-XA"))).isTrue();
        assertThat(scope.canView(catalogue.require("TN"))).isFalse();
        assertThat(scope.captureUnits()).isEmpty();
    }

    @Test
    void partnerSeesNoTenantData() {
        TenantScope scope = scopes.fromClaims("s", "u", "PARTNER-BN", List.of("EXCHANGE_PARTNER"));

        assertThat(scope.viewRoots()).isEmpty();
        assertThat(scope.canView(catalogue.require("HN"))).isFalse();
    }

    @Test
    void tokenWithoutUnitOrWithUnknownUnitIsRefused() {
        assertThatThrownBy(() -> scopes.fromClaims("s", "u", null, List.of("COMMUNE_OFFICER")))
                .isInstanceOf(OutOfScopeException.class).hasMessageContaining("no 'unit' claim");
        assertThatThrownBy(() -> scopes.fromClaims("s", "u", "XX-NOWHERE", List.of("COMMUNE_OFFICER")))
                .isInstanceOf(OutOfScopeException.class).hasMessageContaining("XX-NOWHERE");
    }
}
