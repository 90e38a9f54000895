package vn.drugctl.hotspot.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * STYLE.md rule 4: domain and application code import no framework, database or messaging types, and the domain
 * reaches into no other layer. Every feature of the service ({@code vn.drugctl.hotspot.<feature>.domain} ...) falls
 * under the same rules; the first test fails if the packages the rules name hold no classes (an empty rule checks
 * nothing).
 */
class LayeringTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.drugctl.hotspot");

    @Test
    void theLayersTheRulesNameExist() {
        for (String layer : new String[]{"vn.drugctl.hotspot.hotspot.domain", "vn.drugctl.hotspot.hotspot.application",
                "vn.drugctl.hotspot.hotspot.infrastructure.mongo"}) {
            assertThat(classes.stream().filter(c -> c.getPackageName().equals(layer))
                    .filter(c -> !c.getSimpleName().equals("package-info"))).as(layer).isNotEmpty();
        }
    }

    @Test
    void domainAndApplicationStayFreeOfFrameworks() {
        noClasses().that().resideInAnyPackage("..domain..", "..application..", "vn.drugctl.hotspot.shared..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..",
                        "org.bson..", "org.apache.kafka..", "co.elastic..", "tools.jackson..", "jakarta.servlet..",
                        "jakarta.validation..")
                .check(classes);
    }

    @Test
    void domainDoesNotReachIntoOtherLayers() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..application..", "..infrastructure..", "..web..")
                .check(classes);
    }

    @Test
    void applicationDoesNotReachIntoTheServicesAdaptersOrControllers() {
        // the service's own adapters; platform-common's shared technical helpers (e.g. its CorrelationId) are allowed
        noClasses().that().resideInAPackage("vn.drugctl.hotspot..application..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.drugctl.hotspot..infrastructure..",
                        "vn.drugctl.hotspot..web..")
                .check(classes);
    }
}
