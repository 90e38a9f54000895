package vn.drugctl.hotspot.hotspot.application;

import vn.drugctl.common.domain.InvalidField;
import vn.drugctl.hotspot.hotspot.domain.Address;
import vn.drugctl.hotspot.hotspot.domain.Coordinates;
import vn.drugctl.hotspot.hotspot.domain.Cyberspace;
import vn.drugctl.hotspot.hotspot.domain.Dealer;
import vn.drugctl.hotspot.hotspot.domain.HotspotDetails;
import vn.drugctl.hotspot.hotspot.domain.HotspotKind;
import vn.drugctl.hotspot.hotspot.domain.LicensedBusiness;
import vn.drugctl.hotspot.hotspot.domain.LicensedBusinessKind;
import vn.drugctl.hotspot.hotspot.domain.PersonInvolved;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The details of a point as a request gives them, turned into checked domain values by {@link #toDetails}. */
public record HotspotDetailsInput(String name, AddressInput address, BusinessInput licensedBusiness,
                                  CyberspaceInput cyberspace, DealerInput dealer, List<PersonInput> peopleInvolved,
                                  String evidenceNotes, String officerInCharge) {

    public record AddressInput(String road, String village, String unitCode, Double lat, Double lon) {
    }

    public record BusinessInput(LicensedBusinessKind kind, String businessName, String licenceNumber) {
    }

    public record CyberspaceInput(String platform, String handle, String groupLink) {
    }

    public record DealerInput(String personId, String fullName, Integer birthYear, String residenceVillage,
                              String residenceUnitCode) {
    }

    public record PersonInput(String fullName, Integer birthYear, String role) {
    }

    /** @throws InvalidField naming the field of the first bad value */
    public HotspotDetails toDetails(HotspotKind kind, boolean addedAsDealer, LocalDate today) {
        if (address == null) {
            throw new InvalidField("address", "is required");
        }
        Coordinates coordinates = null;
        if (address.lat() != null || address.lon() != null) {
            if (address.lat() == null || address.lon() == null) {
                throw new InvalidField("address.coordinates", "needs both lat and lon");
            }
            coordinates = new Coordinates(address.lat(), address.lon());
        }
        List<PersonInvolved> people = new ArrayList<>();
        if (peopleInvolved != null) {
            if (peopleInvolved.size() > HotspotDetails.MAX_PEOPLE) {
                throw new InvalidField("peopleInvolved", "at most " + HotspotDetails.MAX_PEOPLE + " people");
            }
            for (int i = 0; i < peopleInvolved.size(); i++) {
                PersonInput p = peopleInvolved.get(i);
                if (p == null) {
                    throw new InvalidField("peopleInvolved[" + i + "]", "is empty");
                }
                people.add(PersonInvolved.of("peopleInvolved[" + i + "]", p.fullName(), p.birthYear(), p.role(), today));
            }
        }
        return HotspotDetails.of(kind, addedAsDealer, name,
                Address.of(address.road(), address.village(), address.unitCode(), coordinates),
                licensedBusiness == null ? null : LicensedBusiness.of(licensedBusiness.kind(),
                        licensedBusiness.businessName(), licensedBusiness.licenceNumber()),
                cyberspace == null ? null : Cyberspace.of(cyberspace.platform(), cyberspace.handle(),
                        cyberspace.groupLink()),
                dealer == null ? null : Dealer.of(dealer.personId(), dealer.fullName(), dealer.birthYear(),
                        dealer.residenceVillage(), dealer.residenceUnitCode(), today),
                people, evidenceNotes, officerInCharge);
    }
}
