package vn.drugctl.registry.person;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.registry.person.application.Persons;
import vn.drugctl.registry.person.application.RegisteringPerson;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class PersonConfiguration {
    @Bean
    RegisteringPerson registeringPerson(Persons persons, UnitCatalogue units, Clock clock) {
        return new RegisteringPerson(persons, units, clock);
    }
}
