package vn.drugctl.hotspot.hotspot.domain;

import vn.drugctl.common.domain.InvalidField;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What is known of a point, apart from its kind and lifecycle: what the unit calls it, where it is, the licensed
 * business it sits in (or none), how it operates on cyberspace (or not), the dealer when it is a person, the people
 * involved, evidence notes and the officer in charge. Built only through {@link #of}, which checks every value.
 */
public record HotspotDetails(String name, Address address, LicensedBusiness licensedBusiness, Cyberspace cyberspace,
                             Dealer dealer, List<PersonInvolved> peopleInvolved, String evidenceNotes,
                             String officerInCharge) {
    public static final int MAX_PEOPLE = 50;

    public HotspotDetails {
        peopleInvolved = peopleInvolved == null ? List.of() : List.copyOf(peopleInvolved);
    }

    /**
     * @param kind the point's kind now: a retail dealer needs {@code dealer}; a point added as another kind has none
     *             (one escalated from a dealer keeps it)
     */
    public static HotspotDetails of(HotspotKind kind, boolean addedAsDealer, String name, Address address,
                                    LicensedBusiness licensedBusiness, Cyberspace cyberspace, Dealer dealer,
                                    List<PersonInvolved> peopleInvolved, String evidenceNotes,
                                    String officerInCharge) {
        Objects.requireNonNull(kind, "kind");
        if (address == null) {
            throw new InvalidField("address", "is required");
        }
        if (kind == HotspotKind.RETAIL_DEALER && dealer == null) {
            throw new InvalidField("dealer", "is required for a retail dealer (a registry personId, or name, birth "
                    + "year and residence)");
        }
        if (dealer != null && kind != HotspotKind.RETAIL_DEALER && !addedAsDealer) {
            throw new InvalidField("dealer", "is only for a retail dealer (kind RETAIL_DEALER)");
        }
        if (peopleInvolved != null && peopleInvolved.size() > MAX_PEOPLE) {
            throw new InvalidField("peopleInvolved", "at most " + MAX_PEOPLE + " people, not " + peopleInvolved.size());
        }
        return new HotspotDetails(Texts.requiredLine("name", name, Texts.LINE_MAX), address, licensedBusiness,
                cyberspace, dealer, peopleInvolved, Texts.note("evidenceNotes", evidenceNotes, Texts.NOTE_MAX),
                Texts.name("officerInCharge", officerInCharge));
    }

    /** Everything a text search looks at, folded: name, road, village, business name, dealer's name, handle. */
    public String foldedText() {
        List<String> parts = new ArrayList<>();
        parts.add(name);
        parts.add(address.road());
        parts.add(address.village());
        if (licensedBusiness != null) {
            parts.add(licensedBusiness.businessName());
        }
        if (dealer != null) {
            parts.add(dealer.fullName());
        }
        if (cyberspace != null) {
            parts.add(cyberspace.handle());
        }
        return Texts.fold(String.join(" ", parts.stream().filter(Objects::nonNull).toList()));
    }

    /**
     * The keys by which a new report is recognised as this point within a province: the licence number, the folded
     * address (road, village, unit), each online identity; each key starts with what it matches on.
     */
    public Set<String> matchKeys(String provinceCode) {
        Set<String> keys = new LinkedHashSet<>();
        if (licensedBusiness != null && !licensedBusiness.licenceKey().isEmpty()) {
            keys.add(MatchOn.LICENCE.name() + "|" + provinceCode + "|" + licensedBusiness.licenceKey());
        }
        keys.add(MatchOn.ADDRESS.name() + "|" + provinceCode + "|" + address.foldedKey());
        if (cyberspace != null) {
            cyberspace.onlineKeys().forEach(k -> keys.add(MatchOn.ONLINE_HANDLE.name() + "|" + provinceCode + "|" + k));
        }
        return keys;
    }

    /** What two points' keys have in common, by kind of key. */
    public static Set<MatchOn> matchedOn(Set<String> keys, Set<String> others) {
        Set<MatchOn> on = new LinkedHashSet<>();
        for (String key : keys) {
            if (others.contains(key)) {
                on.add(MatchOn.valueOf(key.substring(0, key.indexOf('|'))));
            }
        }
        return on;
    }

    /** What a new report matched a watched point on. */
    public enum MatchOn {
        LICENCE("Cùng giấy chứng nhận đủ điều kiện về ANTT"),
        ADDRESS("Cùng địa chỉ"),
        ONLINE_HANDLE("Cùng tài khoản, nhóm trên không gian mạng");

        private final String label;

        MatchOn(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
