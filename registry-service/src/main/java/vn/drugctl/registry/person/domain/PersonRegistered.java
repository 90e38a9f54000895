package vn.drugctl.registry.person.domain;

import java.time.LocalDate;
import java.util.List;

/** A person was entered into the registry of a unit (the managing unit). */
public record PersonRegistered(String personId, LocalDate businessDate, String fullName, String foldedName,
                               List<String> aliases, Sex sex, LocalDate birthDate, Integer birthYear, String cccd,
                               Residence permanentResidence, Residence currentResidence,
                               PriorRecords priorConvictions, PriorRecords priorViolations,
                               Surveillance surveillance, ManagementDossier managementDossier, String unitCode)
        implements PersonEvent {
    public static final String TYPE = "PersonRegistered";

    static PersonRegistered of(String personId, LocalDate date, PersonDetails d, String unitCode) {
        return new PersonRegistered(personId, date, d.fullName(), d.foldedName(), d.aliases(), d.sex(),
                d.birthDate(), d.birthYear(), d.cccd(), d.permanentResidence(), d.currentResidence(),
                d.priorConvictions(), d.priorViolations(), d.surveillance(), d.managementDossier(), unitCode);
    }

    PersonDetails details() {
        return new PersonDetails(fullName, foldedName, aliases, sex, birthDate, birthYear, cccd, permanentResidence,
                currentResidence, priorConvictions, priorViolations, surveillance, managementDossier);
    }
}
