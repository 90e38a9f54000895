package vn.drugctl.registry.person.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Who a person is and the attributes reports need. Built only through {@link #of}, which normalises and validates,
 * naming the field that breaks a rule: names by {@link PersonName} (the same rule as the survey import), villages
 * by {@link FreeText}.
 *
 * @param birthYear always set when {@code birthDate} is; may be the only thing known
 * @param cccd      the 12-digit citizen identity number, or {@code null} when unknown
 */
public record PersonDetails(String fullName, String foldedName, List<String> aliases, Sex sex, LocalDate birthDate,
                            Integer birthYear, String cccd, Residence permanentResidence, Residence currentResidence,
                            PriorRecords priorConvictions, PriorRecords priorViolations, Surveillance surveillance,
                            ManagementDossier managementDossier) {

    public PersonDetails {
        aliases = List.copyOf(aliases);
    }

    /**
     * @param today the date in the province, to refuse birth dates in the future
     * @throws InvalidPersonData naming the field and the rule it breaks
     */
    public static PersonDetails of(String fullName, List<String> aliases, Sex sex, LocalDate birthDate,
                                   Integer birthYear, String cccd, Residence permanentResidence,
                                   Residence currentResidence, PriorRecords priorConvictions,
                                   PriorRecords priorViolations, Surveillance surveillance,
                                   ManagementDossier managementDossier, LocalDate today) {
        String name = PersonName.fullName(fullName);
        List<String> names = PersonName.aliases(aliases);
        requirePlainText("permanentResidence.village", permanentResidence);
        requirePlainText("currentResidence.village", currentResidence);
        if (birthDate != null) {
            if (birthDate.isAfter(today)) {
                throw new InvalidPersonData("birthDate", "must not be in the future (today is " + today + ")");
            }
            if (birthYear != null && birthYear != birthDate.getYear()) {
                throw new InvalidPersonData("birthYear", "is " + birthYear + " but birthDate says "
                        + birthDate.getYear());
            }
            birthYear = birthDate.getYear();
        }
        if (birthYear != null && (birthYear < 1900 || birthYear > today.getYear())) {
            throw new InvalidPersonData("birthYear", "must be between 1900 and " + today.getYear());
        }
        String id = cccd == null || cccd.isBlank() ? null : Cccd.parse(cccd).requireConsistentWith(birthYear, sex).value();
        return new PersonDetails(name, FoldedName.fold(name), names, sex, birthDate, birthYear, id,
                Objects.requireNonNullElse(permanentResidence, new Residence(null, null)),
                Objects.requireNonNullElse(currentResidence, new Residence(null, null)),
                Objects.requireNonNullElse(priorConvictions, PriorRecords.NONE),
                Objects.requireNonNullElse(priorViolations, PriorRecords.NONE), surveillance,
                Objects.requireNonNullElse(managementDossier, ManagementDossier.NONE));
    }

    private static void requirePlainText(String field, Residence residence) {
        if (residence != null) {
            FreeText.problem(residence.village()).ifPresent(problem -> {
                throw new InvalidPersonData(field, problem);
            });
        }
    }

    /** Age band of the reports: under 30 or 30 and over, on {@code date}; {@code null} when the birth year is unknown. */
    public AgeBand ageBand(LocalDate date) {
        if (birthYear == null) {
            return null;
        }
        int age = birthDate != null ? birthDate.until(date).getYears() : date.getYear() - birthYear;
        return age < 30 ? AgeBand.UNDER_30 : AgeBand.FROM_30;
    }

    /** The key of likely duplicates among people without CCCD: folded name, birth year and folded home village. */
    public String likelyDuplicateKey() {
        String village = permanentResidence.foldedVillage() != null ? permanentResidence.foldedVillage()
                : currentResidence.foldedVillage();
        return foldedName + "|" + (birthYear == null ? "?" : birthYear) + "|" + (village == null ? "?" : village);
    }
}
