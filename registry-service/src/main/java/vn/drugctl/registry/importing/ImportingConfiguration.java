package vn.drugctl.registry.importing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.registry.RegistryInstance;
import vn.drugctl.registry.importing.application.ImportingSurvey;
import vn.drugctl.registry.importing.application.SurveyImports;
import vn.drugctl.registry.importing.application.SurveyUploads;
import vn.drugctl.registry.importing.infrastructure.file.LocalSurveyUploads;
import vn.drugctl.registry.person.application.RegisteringPerson;
import vn.drugctl.registry.person.application.RegistryTime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportingConfiguration.ImportsProperties.class)
class ImportingConfiguration {
    private static final Logger log = LoggerFactory.getLogger(ImportingConfiguration.class);

    /**
     * Limits of the survey import ({@code drugctl.registry.imports.*}).
     *
     * @param maxActivePerUnit imports a unit may have queued or running at once (then 429)
     * @param queueCapacity    imports waiting in one instance's queue (then 429)
     * @param maxErrorsKept    errors kept per import; more are counted in {@code errorsOmitted}
     * @param lease            how long an import stays claimed by its instance without a renewal
     * @param heartbeat        how often an instance renews its claims and looks for abandoned imports
     * @param retryAfter       the {@code Retry-After} of a refused upload
     * @param uploadFolder     where uploaded files wait for their import; the system's temporary folder by default
     */
    @ConfigurationProperties("drugctl.registry.imports")
    record ImportsProperties(@DefaultValue("2") int maxActivePerUnit, @DefaultValue("20") int queueCapacity,
                             @DefaultValue("1000") int maxErrorsKept, @DefaultValue("2m") Duration lease,
                             @DefaultValue("30s") Duration heartbeat, @DefaultValue("60s") Duration retryAfter,
                             Path uploadFolder) {
        ImportingSurvey.Limits limits() {
            return new ImportingSurvey.Limits(maxActivePerUnit, queueCapacity, maxErrorsKept, lease, retryAfter);
        }
    }

    /**
     * Imports run one at a time, so that a big file cannot starve the API of the machine's cores; at most
     * {@code queueCapacity} wait behind the running one.
     */
    @Bean(destroyMethod = "shutdownNow")
    ThreadPoolExecutor surveyImportExecutor(ImportsProperties properties) {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.max(1, properties.queueCapacity())),
                Thread.ofVirtual().name("survey-import-", 0).factory());
    }

    @Bean
    SurveyUploads surveyUploads(ImportsProperties properties) {
        return new LocalSurveyUploads(properties.uploadFolder() != null ? properties.uploadFolder()
                : Path.of(System.getProperty("java.io.tmpdir"), "drugctl-survey-uploads"));
    }

    @Bean
    ImportingSurvey importingSurvey(SurveyImports imports, SurveyUploads uploads, RegisteringPerson registering,
                                    UnitCatalogue units, RegistryTime time, ThreadPoolExecutor surveyImportExecutor,
                                    RegistryInstance instance, ImportsProperties properties) {
        return new ImportingSurvey(imports, uploads, registering, units, time, surveyImportExecutor, instance.id(),
                properties.limits());
    }

    @Bean
    ImportLeases importLeases(SurveyImports imports, SurveyUploads uploads, RegistryTime time,
                              RegistryInstance instance, ImportsProperties properties) {
        return new ImportLeases(imports, uploads, time, instance, properties.lease());
    }

    /**
     * Keeps this instance's claims on its imports alive and ends those nobody runs: at start, the imports its
     * previous run left (same instance id) and those whose lease ran out, and their files; then every heartbeat,
     * those whose lease ran out (an instance that died and did not come back).
     */
    static class ImportLeases {
        private final SurveyImports imports;
        private final SurveyUploads uploads;
        private final RegistryTime time;
        private final RegistryInstance instance;
        private final Duration lease;

        ImportLeases(SurveyImports imports, SurveyUploads uploads, RegistryTime time, RegistryInstance instance,
                     Duration lease) {
            this.imports = imports;
            this.uploads = uploads;
            this.time = time;
            this.instance = instance;
            this.lease = lease;
        }

        @EventListener(ApplicationReadyEvent.class)
        void atStart() {
            try {
                int count = imports.interruptAbandoned(time.now(), instance.id());
                if (count > 0) {
                    log.warn("{} survey import(s) were left queued or running by a stopped instance; marked "
                            + "INTERRUPTED", count);
                }
                int files = uploads.deleteLeftovers(imports.allActive(), instance.startedAt());
                if (files > 0) {
                    log.warn("Deleted {} uploaded survey file(s) left by imports that no longer run", files);
                }
            } catch (RuntimeException e) {
                log.warn("Could not look for abandoned survey imports; the heartbeat marks them when their lease "
                        + "ends: {}", e.getMessage());
            }
        }

        @Scheduled(fixedDelayString = "${drugctl.registry.imports.heartbeat:30s}",
                initialDelayString = "${drugctl.registry.imports.heartbeat:30s}")
        void heartbeat() {
            try {
                imports.renewLeases(instance.id(), time.now().plus(lease));
                int count = imports.interruptAbandoned(time.now(), null);
                if (count > 0) {
                    log.warn("{} survey import(s) lost their instance (lease ended); marked INTERRUPTED", count);
                }
            } catch (RuntimeException e) {
                log.warn("Could not renew the survey imports' leases; retrying at the next heartbeat: {}",
                        e.getMessage());
            }
        }
    }
}
