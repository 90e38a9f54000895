package vn.drugctl.registry.arrest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.registry.arrest.application.NotifyingResidentArrests;
import vn.drugctl.registry.arrest.application.RecordingArrests;
import vn.drugctl.registry.notification.application.Notifications;
import vn.drugctl.registry.person.application.PersonAudit;
import vn.drugctl.registry.person.application.Persons;
import vn.drugctl.registry.person.application.RegistryTime;
import vn.drugctl.registry.person.domain.RuleBook;

@Configuration(proxyBeanMethods = false)
class ArrestConfiguration {
    @Bean
    RecordingArrests recordingArrests(Persons persons, UnitCatalogue units, RuleBook rules, RegistryTime time,
                                      PersonAudit audit) {
        return new RecordingArrests(persons, units, rules, time, audit);
    }

    @Bean
    NotifyingResidentArrests notifyingResidentArrests(Notifications notifications, UnitCatalogue units,
                                                      RegistryTime time) {
        return new NotifyingResidentArrests(notifications, units, time);
    }
}
