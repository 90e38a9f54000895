package vn.drugctl.registry.person.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import vn.drugctl.common.web.ValidText;
import vn.drugctl.registry.person.application.PersonDetailsInput;
import vn.drugctl.registry.person.domain.AddictLocation;
import vn.drugctl.registry.person.domain.ChangeReason;
import vn.drugctl.registry.person.domain.DrugTest;
import vn.drugctl.registry.person.domain.Flag;
import vn.drugctl.registry.person.domain.MainList;
import vn.drugctl.registry.person.domain.ManagementDossier;
import vn.drugctl.registry.person.domain.Person;
import vn.drugctl.registry.person.domain.PersonName;
import vn.drugctl.registry.person.domain.PriorRecords;
import vn.drugctl.registry.person.domain.RehabDossier;
import vn.drugctl.registry.person.domain.Residence;
import vn.drugctl.registry.person.domain.SanctionDecision;
import vn.drugctl.registry.person.domain.Sex;
import vn.drugctl.registry.person.domain.Surveillance;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static vn.drugctl.common.web.ValidText.Kind.ALIAS;
import static vn.drugctl.common.web.ValidText.Kind.FULL_NAME;
import static vn.drugctl.common.web.ValidText.Kind.LINE;
import static vn.drugctl.common.web.ValidText.Kind.NOTE;

/**
 * The request bodies of the person API. Names are checked by the registry's name rule and every other free text by
 * its free-text rule ({@link ValidText}), the same rules the domain and the survey import apply.
 */
public final class PersonRequests {
    private PersonRequests() {
    }

    static final String UNIT = "[A-Z0-9-]{2,40}";
    static final String REF = "document reference";
    static final String ALIASES = "at most " + PersonName.MAX_ALIASES + " aliases";

    public record ResidenceRequest(@Size(max = 200) @ValidText(LINE) String village,
                                   @Pattern(regexp = UNIT) String unitCode) {
        Residence toResidence() {
            return new Residence(village, unitCode);
        }
    }

    public record CountsRequest(@NotNull @PositiveOrZero @Max(99) Integer drug,
                                @NotNull @PositiveOrZero @Max(99) Integer other) {
        PriorRecords toRecords() {
            return new PriorRecords(drug, other);
        }
    }

    public record SurveillanceRequest(@NotNull Surveillance.Category category, @NotNull Surveillance.System system,
                                      @NotNull Surveillance.ProfileClass profileClass) {
        Surveillance toSurveillance() {
            return new Surveillance(category, system, profileClass);
        }
    }

    public record DetailsRequest(@NotNull @ValidText(FULL_NAME) String fullName,
                                 @Size(max = PersonName.MAX_ALIASES, message = ALIASES)
                                 List<@NotNull @ValidText(ALIAS) String> aliases,
                                 @NotNull Sex sex, LocalDate birthDate, @Min(1900) @Max(2100) Integer birthYear,
                                 @Pattern(regexp = "[0-9 ]{12,15}", message = "must be 12 digits") String cccd,
                                 @Valid ResidenceRequest permanentResidence, @Valid ResidenceRequest currentResidence,
                                 @Valid CountsRequest priorConvictions, @Valid CountsRequest priorViolations,
                                 @Valid SurveillanceRequest surveillance, ManagementDossier managementDossier) {
        PersonDetailsInput toInput() {
            return new PersonDetailsInput(fullName, aliases, sex, birthDate, birthYear, cccd,
                    permanentResidence == null ? null : permanentResidence.toResidence(),
                    currentResidence == null ? null : currentResidence.toResidence(),
                    priorConvictions == null ? null : priorConvictions.toRecords(),
                    priorViolations == null ? null : priorViolations.toRecords(),
                    surveillance == null ? null : surveillance.toSurveillance(), managementDossier);
        }
    }

    /** The list a person is placed on at registration. */
    public record InitialListRequest(@NotNull MainList list, @NotNull ChangeReason reason,
                                     @NotNull LocalDate businessDate,
                                     @Size(max = 200) @ValidText(LINE) String documentRef,
                                     @Size(max = 1000) @ValidText(NOTE) String note) {
        Person.ListChange toChange() {
            return new Person.ListChange(list, reason, businessDate, documentRef, note);
        }
    }

    public record RegisterPersonRequest(@NotNull @ValidText(FULL_NAME) String fullName,
                                        @Size(max = PersonName.MAX_ALIASES, message = ALIASES)
                                        List<@NotNull @ValidText(ALIAS) String> aliases,
                                        @NotNull Sex sex, LocalDate birthDate,
                                        @Min(1900) @Max(2100) Integer birthYear,
                                        @Pattern(regexp = "[0-9 ]{12,15}", message = "must be 12 digits") String cccd,
                                        @Valid ResidenceRequest permanentResidence,
                                        @Valid ResidenceRequest currentResidence,
                                        @Valid CountsRequest priorConvictions, @Valid CountsRequest priorViolations,
                                        @Valid SurveillanceRequest surveillance,
                                        ManagementDossier managementDossier,
                                        @Pattern(regexp = UNIT) String unitCode, @Valid InitialListRequest list,
                                        @Size(max = 20) Set<@NotBlank String> confirmedNotDuplicate,
                                        @Size(max = 500) @ValidText(LINE) String purpose) {
        DetailsRequest details() {
            return new DetailsRequest(fullName, aliases, sex, birthDate, birthYear, cccd, permanentResidence,
                    currentResidence, priorConvictions, priorViolations, surveillance, managementDossier);
        }
    }

    public record ChangeDetailsRequest(@NotNull @Valid DetailsRequest details,
                                       @Size(max = 1000) @ValidText(NOTE) String note,
                                       @PositiveOrZero Long expectedVersion,
                                       @Size(max = 500) @ValidText(LINE) String purpose) {
    }

    /** {@code toList} {@code null}: the person leaves the lists. */
    public record ListChangeRequest(MainList toList, @NotNull ChangeReason reason, @NotNull LocalDate businessDate,
                                    @Size(max = 200) @ValidText(LINE) String documentRef,
                                    @Size(max = 1000) @ValidText(NOTE) String note,
                                    @PositiveOrZero Long expectedVersion,
                                    @Size(max = 500) @ValidText(LINE) String purpose) {
    }

    public record FlagChangeRequest(@NotNull Flag flag, @NotNull Boolean set, @NotNull ChangeReason reason,
                                    @NotNull LocalDate businessDate,
                                    @Size(max = 200) @ValidText(LINE) String documentRef,
                                    @Size(max = 1000) @ValidText(NOTE) String note,
                                    @PositiveOrZero Long expectedVersion,
                                    @Size(max = 500) @ValidText(LINE) String purpose) {
    }

    public record AddictLocationRequest(@NotNull AddictLocation location, ChangeReason reason,
                                        @NotNull LocalDate businessDate,
                                        @Size(max = 200) @ValidText(LINE) String documentRef,
                                        @Size(max = 1000) @ValidText(NOTE) String note,
                                        @PositiveOrZero Long expectedVersion,
                                        @Size(max = 500) @ValidText(LINE) String purpose) {
    }

    /** Voids the entry, or gives the values it should have had. */
    public record CorrectionRequest(@NotBlank @Size(max = 64) @ValidText(LINE) String eventId, Boolean voided,
                                    LocalDate businessDate, ChangeReason reason,
                                    @Size(max = 200) @ValidText(LINE) String documentRef,
                                    @NotBlank @Size(max = 1000) @ValidText(NOTE) String note,
                                    @PositiveOrZero Long expectedVersion,
                                    @Size(max = 500) @ValidText(LINE) String purpose) {
    }

    public record MovedAwayRequest(@NotNull LocalDate businessDate, @Valid ResidenceRequest reportedDestination,
                                   @Size(max = 1000) @ValidText(NOTE) String note, @PositiveOrZero Long expectedVersion,
                                   @Size(max = 500) @ValidText(LINE) String purpose) {
    }

    public record MoveVerificationRequest(@NotNull LocalDate businessDate,
                                          @NotBlank @Size(max = 300) @ValidText(LINE) String askedWho,
                                          @Valid ResidenceRequest destination,
                                          @Size(max = 200) @ValidText(LINE) String documentRef,
                                          @Size(max = 1000) @ValidText(NOTE) String note,
                                          @PositiveOrZero Long expectedVersion,
                                          @Size(max = 500) @ValidText(LINE) String purpose) {
    }

    public record ReturnedRequest(@NotNull LocalDate businessDate, @Size(max = 1000) @ValidText(NOTE) String note,
                                  @PositiveOrZero Long expectedVersion,
                                  @Size(max = 500) @ValidText(LINE) String purpose) {
    }

    public record DrugTestRequest(@NotNull LocalDate summonsDate, LocalDate testDate, DrugTest.Sample sample,
                                  @Size(max = 8) List<DrugTest.@NotNull Substance> substances,
                                  @NotNull DrugTest.Result result, @Size(max = 200) @ValidText(LINE) String documentRef,
                                  @PositiveOrZero Long expectedVersion,
                                  @Size(max = 500) @ValidText(LINE) String purpose) {
    }

    public record SanctionRequest(@NotNull Boolean issued, @Size(max = 100) @ValidText(LINE) String decisionNumber,
                                  @NotNull LocalDate decidedOn, SanctionDecision.NotIssuedReason notIssuedReason,
                                  @Size(max = 1000) @ValidText(NOTE) String note, @PositiveOrZero Long expectedVersion,
                                  @Size(max = 500) @ValidText(LINE) String purpose) {
    }

    public record RehabDossierRequest(@NotNull LocalDate businessDate,
                                      @Size(max = 200) @ValidText(LINE) String documentRef,
                                      @Size(max = 1000) @ValidText(NOTE) String note,
                                      @PositiveOrZero Long expectedVersion,
                                      @Size(max = 500) @ValidText(LINE) String purpose) {
    }

    public record RehabStageRequest(@NotNull RehabDossier.Stage stage, @NotNull LocalDate businessDate,
                                    @Size(max = 200) @ValidText(LINE) String documentRef,
                                    @Size(max = 1000) @ValidText(NOTE) String note,
                                    @PositiveOrZero Long expectedVersion,
                                    @Size(max = 500) @ValidText(LINE) String purpose) {
    }
}
