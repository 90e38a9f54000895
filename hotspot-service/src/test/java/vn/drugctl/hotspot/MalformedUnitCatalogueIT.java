package vn.drugctl.hotspot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import vn.drugctl.common.tenancy.UnitCatalogueException;
import vn.drugctl.common.tenancy.UnitCatalogueFailureAnalyzer;
import vn.drugctl.common.testing.InProcessMongo;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** A service whose unit catalogue is malformed does not start, and says which line is wrong. */
class MalformedUnitCatalogueIT {

    @Test
    void serviceRefusesToStartNamingTheBadLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("units.csv");
        Files.writeString(file, """
                code;name;level;parent;validFrom;validTo;mergedInto
                HN;Tỉnh Hà Nam;PROVINCE;;1997-01-01;;
                HN-BL-VUBAN;Xã Vũ Bản;COMMUNE;HN-BL;1997-01-01;;
                """);

        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(HotspotServiceApplication.class)
                .properties("drugctl.units.file=" + file, "server.port=0",
                        "spring.mongodb.uri=" + InProcessMongo.uri("catalogue_it"))
                .run());

        Throwable cause = failure;
        while (cause != null && !(cause instanceof UnitCatalogueException)) {
            cause = cause.getCause();
        }
        assertThat(cause).isInstanceOf(UnitCatalogueException.class)
                .hasMessage("Unit catalogue " + file + " line 3: parent 'HN-BL' of unit HN-BL-VUBAN is not in the catalogue");
        var analysis = new UnitCatalogueFailureAnalyzer().analyze(failure);
        assertThat(analysis.getAction()).contains("Fix line 3 of " + file);
    }
}
