package vn.drugctl.hotspot.hotspot.application;

import vn.drugctl.hotspot.hotspot.domain.HotspotKind;
import vn.drugctl.hotspot.hotspot.domain.HotspotStatus;
import vn.drugctl.hotspot.hotspot.domain.LicensedBusinessKind;

import java.util.Set;

/**
 * A list of hotspots in the caller's scope; every filter is optional and they combine (AND).
 *
 * @param unitCode      that unit and below
 * @param licensed      in a licensed business ({@code true}), not ({@code false}), either ({@code null})
 * @param businessKinds in a licensed business of one of these kinds (implies licensed)
 * @param cyberspace    operating on cyberspace, not, either
 * @param text          folded text, contained in the folded name, address, business name, dealer name or handle
 */
public record HotspotQuery(Set<HotspotKind> kinds, Set<HotspotStatus> statuses, String unitCode, Boolean licensed,
                           Set<LicensedBusinessKind> businessKinds, Boolean cyberspace, String text, Sort sort,
                           int page, int size) {
    public HotspotQuery {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        businessKinds = businessKinds == null ? Set.of() : Set.copyOf(businessKinds);
        sort = sort == null ? Sort.NAME : sort;
    }

    /** The order of a page (ties by id). */
    public enum Sort {
        NAME("foldedName"), ADDED_ON("addedOn"), STATUS_SINCE("statusSince"), UNIT("unitCode");

        private final String field;

        Sort(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** The filters as an audit line says them. */
    public String describe() {
        StringBuilder s = new StringBuilder("hotspots");
        if (!kinds.isEmpty()) s.append(" kind=").append(kinds);
        if (!statuses.isEmpty()) s.append(" status=").append(statuses);
        if (unitCode != null) s.append(" unit=").append(unitCode);
        if (licensed != null) s.append(" licensed=").append(licensed);
        if (!businessKinds.isEmpty()) s.append(" business=").append(businessKinds);
        if (cyberspace != null) s.append(" cyberspace=").append(cyberspace);
        if (text != null) s.append(" text=").append(text);
        return s.append(" sort=").append(sort).append(" page=").append(page).append(" size=").append(size).toString();
    }
}
