package vn.drugctl.registry.person.application;

import vn.drugctl.registry.person.domain.ManagementDossier;
import vn.drugctl.registry.person.domain.PersonDetails;
import vn.drugctl.registry.person.domain.PriorRecords;
import vn.drugctl.registry.person.domain.Residence;
import vn.drugctl.registry.person.domain.Sex;
import vn.drugctl.registry.person.domain.Surveillance;

import java.time.LocalDate;
import java.util.List;

/** A person's details as a client sends them, before normalisation and validation. */
public record PersonDetailsInput(String fullName, List<String> aliases, Sex sex, LocalDate birthDate,
                                 Integer birthYear, String cccd, Residence permanentResidence,
                                 Residence currentResidence, PriorRecords priorConvictions,
                                 PriorRecords priorViolations, Surveillance surveillance,
                                 ManagementDossier managementDossier) {

    public PersonDetails toDetails(LocalDate today) {
        return PersonDetails.of(fullName, aliases, sex, birthDate, birthYear, cccd, permanentResidence,
                currentResidence, priorConvictions, priorViolations, surveillance, managementDossier, today);
    }
}
