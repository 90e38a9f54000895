package vn.drugctl.registry.person;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import vn.drugctl.common.events.Actor;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.registry.RegistryInstance;
import vn.drugctl.common.audit.AuditTrail;
import vn.drugctl.registry.person.application.ChangingPerson;
import vn.drugctl.registry.person.application.ExpiringManagementPeriods;
import vn.drugctl.registry.person.application.ExpiryRun;
import vn.drugctl.registry.person.application.ExpiryRuns;
import vn.drugctl.registry.person.application.PersonAudit;
import vn.drugctl.registry.person.application.Persons;
import vn.drugctl.registry.person.application.ReadingPerson;
import vn.drugctl.registry.person.application.RegisteringPerson;
import vn.drugctl.registry.person.application.RegistryTime;
import vn.drugctl.registry.person.application.RunningPeriodExpiry;
import vn.drugctl.registry.person.application.SearchingPersons;
import vn.drugctl.registry.person.domain.RuleBook;
import vn.drugctl.registry.person.infrastructure.config.RegistryRulesProperties;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegistryRulesProperties.class)
@EnableScheduling
class PersonConfiguration {
    private static final Logger log = LoggerFactory.getLogger(PersonConfiguration.class);

    @Bean
    RuleBook registryRuleBook(RegistryRulesProperties properties) {
        RuleBook book = properties.toRuleBook();
        book.sets().forEach(set -> log.info("Registry rules: {}", set.describe()));
        return book;
    }

    @Bean
    RegistryTime registryTime(Clock clock, RegistryRulesProperties properties) {
        return new RegistryTime(clock, properties.zone());
    }

    @Bean
    PersonAudit personAudit(AuditTrail trail, vn.drugctl.common.audit.AuditEntries entries,
                            UnitCatalogue units) {
        return new PersonAudit(trail, entries, units);
    }

    @Bean
    RegisteringPerson registeringPerson(Persons persons, UnitCatalogue units, RuleBook rules, RegistryTime time,
                                        PersonAudit audit) {
        return new RegisteringPerson(persons, units, rules, time, audit);
    }

    @Bean
    ChangingPerson changingPerson(Persons persons, UnitCatalogue units, RuleBook rules, RegistryTime time,
                                  PersonAudit audit) {
        return new ChangingPerson(persons, units, rules, time, audit);
    }

    @Bean
    ReadingPerson readingPerson(Persons persons, PersonAudit audit) {
        return new ReadingPerson(persons, audit);
    }

    @Bean
    SearchingPersons searchingPersons(Persons persons, UnitCatalogue units, PersonAudit audit) {
        return new SearchingPersons(persons, units, audit);
    }

    @Bean
    ExpiringManagementPeriods expiringManagementPeriods(Persons persons, RuleBook rules, RegistryTime time,
                                                        PersonAudit audit) {
        return new ExpiringManagementPeriods(persons, rules, time, audit);
    }

    /** Expiry runs one at a time in this instance, a few waiting behind (one is active across instances anyway). */
    @Bean(destroyMethod = "shutdownNow")
    ThreadPoolExecutor periodExpiryExecutor() {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(4),
                Thread.ofVirtual().name("period-expiry-", 0).factory());
    }

    @Bean
    RunningPeriodExpiry runningPeriodExpiry(ExpiringManagementPeriods expiring, ExpiryRuns runs, RegistryTime time,
                                            ThreadPoolExecutor periodExpiryExecutor, RegistryInstance instance,
                                            @Value("${drugctl.registry.period-expiry-lease:2m}") Duration lease) {
        return new RunningPeriodExpiry(expiring, runs, time, periodExpiryExecutor, instance.id(), lease);
    }

    /**
     * Ends expired management periods every night ({@code drugctl.registry.period-expiry-cron}, {@code -} turns it
     * off) and once when the service is ready ({@code drugctl.registry.period-expiry-on-start}), in case it was down
     * at night; both as runs of the system process. Keeps this instance's runs claimed and fails those nobody runs.
     */
    @Bean
    PeriodExpirySchedule periodExpirySchedule(RunningPeriodExpiry running, ExpiryRuns runs, RegistryTime time,
                                              RegistryInstance instance,
                                              @Value("${drugctl.registry.period-expiry-on-start:true}") boolean onStart,
                                              @Value("${drugctl.registry.period-expiry-lease:2m}") Duration lease) {
        return new PeriodExpirySchedule(running, runs, time, instance, onStart, lease);
    }

    static class PeriodExpirySchedule {
        private final RunningPeriodExpiry running;
        private final ExpiryRuns runs;
        private final RegistryTime time;
        private final RegistryInstance instance;
        private final boolean onStart;
        private final Duration lease;

        PeriodExpirySchedule(RunningPeriodExpiry running, ExpiryRuns runs, RegistryTime time,
                             RegistryInstance instance, boolean onStart, Duration lease) {
            this.running = running;
            this.runs = runs;
            this.time = time;
            this.instance = instance;
            this.onStart = onStart;
            this.lease = lease;
        }

        @Scheduled(cron = "${drugctl.registry.period-expiry-cron:0 15 0 * * *}", zone = "${drugctl.registry.zone}")
        void nightly() {
            start(ExpiryRun.Trigger.NIGHTLY);
        }

        @EventListener(ApplicationReadyEvent.class)
        void atStart() {
            try {
                int failed = runs.failAbandoned(time.now(), instance.id());
                if (failed > 0) {
                    log.warn("{} expiry run(s) were left queued or running by a stopped instance; marked FAILED",
                            failed);
                }
            } catch (RuntimeException e) {
                log.warn("Could not look for abandoned expiry runs: {}", e.getMessage());
            }
            if (onStart) {
                start(ExpiryRun.Trigger.START_UP);
            }
        }

        @Scheduled(fixedDelayString = "${drugctl.registry.period-expiry-heartbeat:30s}",
                initialDelayString = "${drugctl.registry.period-expiry-heartbeat:30s}")
        void heartbeat() {
            try {
                runs.renewLeases(instance.id(), time.now().plus(lease));
                int failed = runs.failAbandoned(time.now(), null);
                if (failed > 0) {
                    log.warn("{} expiry run(s) lost their instance (lease ended); marked FAILED", failed);
                }
            } catch (RuntimeException e) {
                log.warn("Could not renew the expiry runs' leases; retrying at the next heartbeat: {}",
                        e.getMessage());
            }
        }

        private void start(ExpiryRun.Trigger trigger) {
            try {
                ExpiryRun run = running.start(time.today(), Actor.system(ExpiringManagementPeriods.PROCESS), trigger);
                log.info("Management-period expiry run {} ({}) queued for {}", run.id(), trigger, run.date());
            } catch (RuntimeException e) {
                log.warn("Management-period expiry ({}) not started, the next one will catch up: {}", trigger,
                        e.getMessage());
            }
        }
    }
}
