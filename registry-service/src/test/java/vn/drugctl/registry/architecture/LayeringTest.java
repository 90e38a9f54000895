package vn.drugctl.registry.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** STYLE.md rule 4: domain and application code import no framework, database or messaging types. */
class LayeringTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.drugctl.registry");

    @Test
    void domainAndApplicationStayFreeOfFrameworks() {
        assertThat(classes.stream().filter(c -> c.getPackageName().endsWith(".domain"))).isNotEmpty();
        assertThat(classes.stream().filter(c -> c.getPackageName().endsWith(".application"))).isNotEmpty();

        noClasses().that().resideInAnyPackage("..domain..", "..application..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..",
                        "org.bson..", "org.apache.kafka..", "co.elastic..", "tools.jackson..", "jakarta.servlet..")
                .check(classes);
    }

    @Test
    void domainDoesNotReachIntoOtherLayers() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..application..", "..infrastructure..", "..web..")
                .check(classes);
    }
}
