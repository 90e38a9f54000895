package vn.drugctl.registry.person.domain;

import java.time.LocalDate;
import java.util.List;

/** Identity or report attributes were changed; {@code changedFields} names them, the rest is the new state. */
public record PersonDetailsChanged(String personId, LocalDate businessDate, List<String> changedFields,
                                   String fullName, String foldedName, List<String> aliases, Sex sex,
                                   LocalDate birthDate, Integer birthYear, String cccd, Residence permanentResidence,
                                   Residence currentResidence, PriorRecords priorConvictions,
                                   PriorRecords priorViolations, Surveillance surveillance,
                                   ManagementDossier managementDossier, String note) implements PersonEvent {

    static PersonDetailsChanged of(String personId, LocalDate date, List<String> changed, PersonDetails d,
                                   String note) {
        return new PersonDetailsChanged(personId, date, List.copyOf(changed), d.fullName(), d.foldedName(),
                d.aliases(), d.sex(), d.birthDate(), d.birthYear(), d.cccd(), d.permanentResidence(),
                d.currentResidence(), d.priorConvictions(), d.priorViolations(), d.surveillance(),
                d.managementDossier(), note);
    }

    PersonDetails details() {
        return new PersonDetails(fullName, foldedName, aliases, sex, birthDate, birthYear, cccd, permanentResidence,
                currentResidence, priorConvictions, priorViolations, surveillance, managementDossier);
    }
}
