package vn.drugctl.hotspot.hotspot.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import vn.drugctl.common.web.ValidText;
import vn.drugctl.hotspot.hotspot.application.HotspotDetailsInput;
import vn.drugctl.hotspot.hotspot.domain.Hotspot;
import vn.drugctl.hotspot.hotspot.domain.HotspotAdded;
import vn.drugctl.hotspot.hotspot.domain.HotspotKind;
import vn.drugctl.hotspot.hotspot.domain.HotspotReason;
import vn.drugctl.hotspot.hotspot.domain.LicensedBusinessKind;

import java.time.LocalDate;
import java.util.List;

import static vn.drugctl.common.web.ValidText.Kind.FULL_NAME;
import static vn.drugctl.common.web.ValidText.Kind.LINE;
import static vn.drugctl.common.web.ValidText.Kind.NOTE;

/**
 * The request bodies of the hotspot API. Texts are checked by the platform's text rules ({@link ValidText}) here and
 * again by the domain; business dates must not lie in the future (the domain says so, naming the field).
 */
public final class HotspotRequests {
    private HotspotRequests() {
    }

    static final String UNIT = "[A-Z0-9-]{2,40}";
    static final String ID = "[A-Za-z0-9-]{1,64}";

    public record CoordinatesRequest(@NotNull @Schema(example = "20.4912") Double lat,
                                     @NotNull @Schema(example = "106.0114") Double lon) {
    }

    public record AddressRequest(@Size(max = 200) @ValidText(LINE) @Schema(example = "Đường ĐT 491") String road,
                                 @Size(max = 200) @ValidText(LINE) @Schema(example = "Thôn Đông") String village,
                                 @NotNull @Pattern(regexp = UNIT) @Schema(example = "HN-BL-VUBAN",
                                         description = "the commune that owns the point") String unitCode,
                                 @Valid CoordinatesRequest coordinates) {
        HotspotDetailsInput.AddressInput toInput() {
            return new HotspotDetailsInput.AddressInput(road, village, unitCode,
                    coordinates == null ? null : coordinates.lat(), coordinates == null ? null : coordinates.lon());
        }
    }

    public record LicensedBusinessRequest(@NotNull LicensedBusinessKind kind,
                                          @NotBlank @Size(max = 200) @ValidText(LINE) String businessName,
                                          @NotBlank @Size(max = 100) @ValidText(LINE) String licenceNumber) {
    }

    public record CyberspaceRequest(@NotBlank @Size(max = 60) @ValidText(LINE) @Schema(example = "Telegram")
                                    String platform,
                                    @Size(max = 100) @ValidText(LINE) String handle,
                                    @Size(max = 300) @ValidText(LINE) String groupLink) {
    }

    public record DealerRequest(@Pattern(regexp = ID) @Schema(description = "a registry person's id, when known")
                                String personId,
                                @ValidText(FULL_NAME) String fullName, @Min(1900) @Max(2100) Integer birthYear,
                                @Size(max = 200) @ValidText(LINE) String residenceVillage,
                                @Pattern(regexp = UNIT) String residenceUnitCode) {
    }

    public record PersonInvolvedRequest(@NotNull @ValidText(FULL_NAME) String fullName,
                                        @Min(1900) @Max(2100) Integer birthYear,
                                        @Size(max = 100) @ValidText(LINE) String role) {
    }

    /** What is known of a point (its kind aside). */
    public record DetailsRequest(@NotBlank @Size(max = 200) @ValidText(LINE) String name,
                                 @NotNull @Valid AddressRequest address,
                                 @Valid LicensedBusinessRequest licensedBusiness,
                                 @Valid CyberspaceRequest cyberspace, @Valid DealerRequest dealer,
                                 @Size(max = 50) List<@NotNull @Valid PersonInvolvedRequest> peopleInvolved,
                                 @Size(max = 4000) @ValidText(NOTE) String evidenceNotes,
                                 @NotNull @ValidText(FULL_NAME) String officerInCharge) {
        HotspotDetailsInput toInput() {
            return new HotspotDetailsInput(name, address == null ? null : address.toInput(),
                    licensedBusiness == null ? null : new HotspotDetailsInput.BusinessInput(licensedBusiness.kind(),
                            licensedBusiness.businessName(), licensedBusiness.licenceNumber()),
                    cyberspace == null ? null : new HotspotDetailsInput.CyberspaceInput(cyberspace.platform(),
                            cyberspace.handle(), cyberspace.groupLink()),
                    dealer == null ? null : new HotspotDetailsInput.DealerInput(dealer.personId(), dealer.fullName(),
                            dealer.birthYear(), dealer.residenceVillage(), dealer.residenceUnitCode()),
                    peopleInvolved == null ? null : peopleInvolved.stream().map(p ->
                            new HotspotDetailsInput.PersonInput(p.fullName(), p.birthYear(), p.role())).toList(),
                    evidenceNotes, officerInCharge);
        }
    }

    public record OverruleRequest(@NotNull @Pattern(regexp = ID) String matchedId,
                                  @NotBlank @Size(max = 200) @ValidText(LINE) String reason) {
        HotspotAdded.OverruledMatch toMatch() {
            return new HotspotAdded.OverruledMatch(matchedId, reason);
        }
    }

    public record CreateHotspotRequest(@NotNull HotspotKind kind,
                                       @NotBlank @Size(max = 200) @ValidText(LINE) String name,
                                       @NotNull @Valid AddressRequest address,
                                       @Valid LicensedBusinessRequest licensedBusiness,
                                       @Valid CyberspaceRequest cyberspace, @Valid DealerRequest dealer,
                                       @Size(max = 50) List<@NotNull @Valid PersonInvolvedRequest> peopleInvolved,
                                       @Size(max = 4000) @ValidText(NOTE) String evidenceNotes,
                                       @NotNull @ValidText(FULL_NAME) String officerInCharge,
                                       @NotNull HotspotReason reason, @NotNull LocalDate businessDate,
                                       @Size(max = 200) @ValidText(LINE) String documentRef,
                                       @Size(max = 4000) @ValidText(NOTE) String note,
                                       @Pattern(regexp = ID) @Schema(description = "the id of a matched watched "
                                               + "point to reactivate instead of adding a new one") String reactivate,
                                       @Valid @Schema(description = "a matched watched point this report is not, and "
                                               + "why") OverruleRequest overrule,
                                       @Size(max = 500) @ValidText(LINE) String purpose) {
        DetailsRequest details() {
            return new DetailsRequest(name, address, licensedBusiness, cyberspace, dealer, peopleInvolved,
                    evidenceNotes, officerInCharge);
        }

        Hotspot.Step step() {
            return new Hotspot.Step(reason, businessDate, documentRef, note);
        }
    }

    public record ChangeDetailsRequest(@NotNull @Valid DetailsRequest details,
                                       @Size(max = 4000) @ValidText(NOTE) String note,
                                       @PositiveOrZero Long expectedVersion,
                                       @Size(max = 500) @ValidText(LINE) String purpose) {
    }

    /** A lifecycle step: escalation, neutralisation, removal, reactivation. */
    public record StepRequest(@NotNull HotspotReason reason, @NotNull LocalDate businessDate,
                              @Size(max = 200) @ValidText(LINE) String documentRef,
                              @Size(max = 4000) @ValidText(NOTE) String note,
                              @PositiveOrZero Long expectedVersion,
                              @Size(max = 500) @ValidText(LINE) String purpose) {
        Hotspot.Step step() {
            return new Hotspot.Step(reason, businessDate, documentRef, note);
        }
    }

    /** An eradication, with the arrests (incident ids) or decisions behind it: at least one. */
    public record EradicationRequest(@NotNull HotspotReason reason, @NotNull LocalDate businessDate,
                                     @Size(max = 200) @ValidText(LINE) String documentRef,
                                     @Size(max = 4000) @ValidText(NOTE) String note,
                                     @Size(max = 50) List<@NotNull @Pattern(regexp = ID) String> incidentIds,
                                     @Size(max = 50) List<@NotBlank @Size(max = 200) @ValidText(LINE) String> decisionRefs,
                                     @PositiveOrZero Long expectedVersion,
                                     @Size(max = 500) @ValidText(LINE) String purpose) {
        Hotspot.Step step() {
            return new Hotspot.Step(reason, businessDate, documentRef, note);
        }
    }

    /** Voids a lifecycle entry, or gives the date, reason or document it should have had. */
    public record CorrectionRequest(@NotBlank @Pattern(regexp = ID) String eventId, Boolean voided,
                                    LocalDate businessDate, HotspotReason reason,
                                    @Size(max = 200) @ValidText(LINE) String documentRef,
                                    @NotBlank @Size(max = 4000) @ValidText(NOTE) String note,
                                    @PositiveOrZero Long expectedVersion,
                                    @Size(max = 500) @ValidText(LINE) String purpose) {
    }
}
