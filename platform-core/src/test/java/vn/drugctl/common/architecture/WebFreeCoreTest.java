package vn.drugctl.common.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * platform-core is shared by the servlet services and the reactive gateway: it may name no type of either web
 * stack, nor Spring Boot. (The module's class path has no spring-web at all; this keeps it that way in the code.)
 */
class WebFreeCoreTest {
    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.drugctl.common");

    @Test
    void theCoreNamesNoWebStackAndNoSpringBoot() {
        assertThat(core.containPackage("vn.drugctl.common.token")).isTrue();
        assertThat(core.containPackage("vn.drugctl.common.tenancy")).isTrue();
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "jakarta.servlet..", "org.springframework.web..", "org.springframework.http..",
                "org.springframework.boot..", "reactor..", "io.netty..", "org.springframework.security.web..",
                "org.springframework.security.oauth2.server..")
                .check(core);
    }
}
