package vn.drugctl.registry.person;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.registry.audit.application.AuditTrail;
import vn.drugctl.registry.person.application.ChangingPerson;
import vn.drugctl.registry.person.application.ExpiringManagementPeriods;
import vn.drugctl.registry.person.application.PersonAudit;
import vn.drugctl.registry.person.application.Persons;
import vn.drugctl.registry.person.application.ReadingPerson;
import vn.drugctl.registry.person.application.RegisteringPerson;
import vn.drugctl.registry.person.application.RegistryTime;
import vn.drugctl.registry.person.application.SearchingPersons;
import vn.drugctl.registry.person.domain.RuleBook;
import vn.drugctl.registry.person.infrastructure.config.RegistryRulesProperties;

import java.time.Clock;

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
    PersonAudit personAudit(AuditTrail trail, vn.drugctl.registry.audit.application.AuditEntries entries) {
        return new PersonAudit(trail, entries);
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

    /**
     * Ends expired management periods every night ({@code drugctl.registry.period-expiry-cron}, {@code -} turns it
     * off) and once when the service is ready ({@code drugctl.registry.period-expiry-on-start}), in case it was down
     * at night.
     */
    @Bean
    PeriodExpirySchedule periodExpirySchedule(ExpiringManagementPeriods expiring, RegistryTime time,
                                              @org.springframework.beans.factory.annotation.Value(
                                                      "${drugctl.registry.period-expiry-on-start:true}") boolean onStart) {
        return new PeriodExpirySchedule(expiring, time, onStart);
    }

    static class PeriodExpirySchedule {
        private final ExpiringManagementPeriods expiring;
        private final RegistryTime time;
        private final boolean onStart;

        PeriodExpirySchedule(ExpiringManagementPeriods expiring, RegistryTime time, boolean onStart) {
            this.expiring = expiring;
            this.time = time;
            this.onStart = onStart;
        }

        @Scheduled(cron = "${drugctl.registry.period-expiry-cron:0 15 0 * * *}", zone = "${drugctl.registry.zone}")
        void nightly() {
            expiring.run(time.today());
        }

        @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
        void atStart() {
            if (onStart) {
                try {
                    expiring.run(time.today());
                } catch (RuntimeException e) {
                    log.warn("Management-period expiry at start-up failed; the nightly run will retry: {}",
                            e.getMessage());
                }
            }
        }
    }
}
