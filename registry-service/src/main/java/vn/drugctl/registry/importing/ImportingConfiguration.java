package vn.drugctl.registry.importing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.registry.importing.application.ImportingSurvey;
import vn.drugctl.registry.importing.application.SurveyImports;
import vn.drugctl.registry.person.application.RegisteringPerson;
import vn.drugctl.registry.person.application.RegistryTime;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

@Configuration(proxyBeanMethods = false)
class ImportingConfiguration {
    private static final Logger log = LoggerFactory.getLogger(ImportingConfiguration.class);

    /** Imports run one at a time, so that a big file cannot starve the API of the machine's cores. */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService surveyImportExecutor() {
        return Executors.newSingleThreadExecutor(Thread.ofVirtual().name("survey-import-", 0).factory());
    }

    @Bean
    ImportingSurvey importingSurvey(SurveyImports imports, RegisteringPerson registering, UnitCatalogue units,
                                    RegistryTime time, ExecutorService surveyImportExecutor) {
        return new ImportingSurvey(imports, registering, units, time, surveyImportExecutor);
    }

    @Bean
    InterruptedImports interruptedImports(SurveyImports imports, RegistryTime time) {
        return new InterruptedImports(imports, time);
    }

    static class InterruptedImports {
        private final SurveyImports imports;
        private final RegistryTime time;

        InterruptedImports(SurveyImports imports, RegistryTime time) {
            this.imports = imports;
            this.time = time;
        }

        @EventListener(ApplicationReadyEvent.class)
        void markInterrupted() {
            int count = imports.interruptRunning(time.now());
            if (count > 0) {
                log.warn("{} survey import(s) were running when the service stopped; marked INTERRUPTED", count);
            }
        }
    }
}
