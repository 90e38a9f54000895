package vn.drugctl.common.tenancy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnitCatalogueLoaderTest {
    private static final String HEADER = UnitCatalogueLoader.HEADER + "\n";
    private static final String GOOD = HEADER + """
            HN;Tỉnh Hà Nam;PROVINCE;;1997-01-01;;
            HN-BL;Huyện Bình Lục;DISTRICT;HN;1997-01-01;;
            HN-BL-VUBAN;Xã Vũ Bản;COMMUNE;HN-BL;1997-01-01;;
            HN-BL-OLD;Xã Cũ;COMMUNE;HN-BL;1997-01-01;2019-12-31;HN-BL-VUBAN
            TN;Tỉnh Thái Nguyên;PROVINCE;;2025-07-01;;
            TN-GIASANG;Phường Gia Sàng;COMMUNE;TN;2025-07-01;;
            """;

    private static UnitCatalogue load(String text) {
        return UnitCatalogueLoader.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "units.csv");
    }

    @Test
    void catalogueBuildsPathsForThreeAndTwoLevelProvinces() {
        UnitCatalogue catalogue = load(GOOD);

        assertThat(catalogue.require("HN-BL-VUBAN").path()).containsExactly("HN", "HN-BL", "HN-BL-VUBAN");
        assertThat(catalogue.require("TN-GIASANG").path()).containsExactly("TN", "TN-GIASANG");
        assertThat(catalogue.require("HN-BL-VUBAN").name()).isEqualTo("Xã Vũ Bản");
        assertThat(catalogue.subtree("HN-BL")).extracting(Unit::code)
                .containsExactly("HN-BL", "HN-BL-OLD", "HN-BL-VUBAN");
        assertThat(catalogue.children("TN")).extracting(Unit::code).containsExactly("TN-GIASANG");
    }

    @Test
    void mergedUnitLeadsToItsSuccessor() {
        UnitCatalogue catalogue = load(GOOD);

        assertThat(catalogue.successor("HN-BL-OLD").code()).isEqualTo("HN-BL-VUBAN");
        assertThat(catalogue.require("HN-BL-OLD").isValidOn(java.time.LocalDate.of(2020, 1, 1))).isFalse();
    }

    @Test
    void recordsOfAMergedUnitAreHeldByItsSuccessorFromTheDayAfterItsLastDay() {
        UnitCatalogue catalogue = load(GOOD + """
                TN-A;Xã A;COMMUNE;TN;2025-07-01;2026-03-31;TN-B
                TN-B;Xã B;COMMUNE;TN;2025-07-01;2026-06-30;TN-GIASANG
                """);
        java.time.LocalDate day = java.time.LocalDate.of(2026, 3, 31);

        assertThat(catalogue.holderOn("TN-A", day).code()).isEqualTo("TN-A");
        assertThat(catalogue.holderOn("TN-A", day.plusDays(1)).code()).isEqualTo("TN-B");
        assertThat(catalogue.holderOn("TN-A", java.time.LocalDate.of(2026, 7, 1)).code()).isEqualTo("TN-GIASANG");
        assertThat(catalogue.holderOn("TN-GIASANG", day).code()).isEqualTo("TN-GIASANG");
        assertThat(catalogue.mergeDates("TN-A")).containsExactly(java.time.LocalDate.of(2026, 4, 1),
                java.time.LocalDate.of(2026, 7, 1));
        assertThat(catalogue.mergeDates("TN-GIASANG")).isEmpty();
    }

    @Test
    void shippedCatalogueLoads() throws Exception {
        try (var in = getClass().getResourceAsStream("/drugctl/units.csv")) {
            UnitCatalogue catalogue = UnitCatalogueLoader.load(in, "drugctl/units.csv");
            assertThat(catalogue.subtree("HN-BL")).hasSize(16);
            assertThat(catalogue.require("HN-BL-ANDO").name()).isEqualTo("Xã An Đổ");
        }
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "HN-Q;Xã Q;COMMUNE;HN;1997-01-01;|expected 7 fields",
            "hn-q;Xã Q;COMMUNE;HN;1997-01-01;;|code 'hn-q' must be",
            "HN-Q;Xã Q;HAMLET;HN;1997-01-01;;|level 'HAMLET' of unit HN-Q",
            "HN-Q;Xã Q;COMMUNE;HN;01/01/1997;;|validFrom '01/01/1997' of unit HN-Q is not an ISO date",
            "HN-Q;;COMMUNE;HN;1997-01-01;;|unit HN-Q has no name",
            "HN-X;Xã X;COMMUNE;NOPE;1997-01-01;;|parent 'NOPE' of unit HN-X is not in the catalogue",
            "HN-Y;Xã Y;COMMUNE;;1997-01-01;;|unit HN-Y needs a parent",
            "HN-Z;Huyện Z;DISTRICT;HN-BL;1997-01-01;;|DISTRICT HN-Z cannot sit under DISTRICT HN-BL",
            "HN-W;Xã W;COMMUNE;HN;1997-01-01;1990-01-01;|validTo before validFrom",
            "HN-V;Xã V;COMMUNE;HN;1997-01-01;2000-01-01;NOPE|merged into 'NOPE'",
            "HN-BL;Huyện trùng;DISTRICT;HN;1997-01-01;;|unit HN-BL is already defined on line 3",
    })
    void malformedLineStopsLoadingAndIsNamed(String badLine, String expected) {
        String text = HEADER + "HN;Tỉnh Hà Nam;PROVINCE;;1997-01-01;;\n"
                + "HN-BL;Huyện Bình Lục;DISTRICT;HN;1997-01-01;;\n"
                + badLine + "\n"
                + "HN-BL-VUBAN;Xã Vũ Bản;COMMUNE;HN-BL;1997-01-01;;\n";

        assertThatThrownBy(() -> load(text))
                .isInstanceOf(UnitCatalogueException.class)
                .hasMessageContaining("units.csv line 4: ")
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(((UnitCatalogueException) e).line()).isEqualTo(4));
    }

    @Test
    void missingHeaderIsNamed() {
        assertThatThrownBy(() -> load("# comment\nHN;Tỉnh Hà Nam;PROVINCE;;1997-01-01;;\n"))
                .hasMessage("Unit catalogue units.csv line 2: expected the header '" + UnitCatalogueLoader.HEADER + "'");
    }

    @Test
    void invalidUtf8IsNamed() {
        byte[] bytes = (HEADER + "HN;T").getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(bytes, bytes.length + 3);
        bad[bytes.length] = (byte) 0xC3;
        bad[bytes.length + 1] = (byte) 0x28;
        bad[bytes.length + 2] = '\n';
        assertThatThrownBy(() -> UnitCatalogueLoader.load(new ByteArrayInputStream(bad), "units.csv"))
                .hasMessageContaining("not valid UTF-8");
    }
}
