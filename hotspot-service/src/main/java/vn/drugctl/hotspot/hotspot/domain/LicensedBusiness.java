package vn.drugctl.hotspot.hotspot.domain;

import vn.drugctl.common.domain.InvalidField;

import java.util.Locale;

/** The business needing a security licence (cơ sở kinh doanh có điều kiện về ANTT) the point sits in. */
public record LicensedBusiness(LicensedBusinessKind kind, String businessName, String licenceNumber) {
    public static LicensedBusiness of(LicensedBusinessKind kind, String businessName, String licenceNumber) {
        if (kind == null) {
            throw new InvalidField("licensedBusiness.kind", "is required");
        }
        return new LicensedBusiness(kind, Texts.requiredLine("licensedBusiness.businessName", businessName,
                Texts.LINE_MAX), Texts.requiredLine("licensedBusiness.licenceNumber", licenceNumber, 100));
    }

    /** The licence number without case, spaces or separators: {@code "12/GCN-ANTT"} and {@code "12 gcn antt"} match. */
    public String licenceKey() {
        return Texts.fold(licenceNumber).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}
