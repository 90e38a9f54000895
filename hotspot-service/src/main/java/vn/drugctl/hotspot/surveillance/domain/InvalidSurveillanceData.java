package vn.drugctl.hotspot.surveillance.domain;

import vn.drugctl.common.domain.InvalidField;

/** A value breaks a rule of a surveillance record (400); {@link #field()} names it. */
public class InvalidSurveillanceData extends InvalidField {
    public InvalidSurveillanceData(String field, String message) {
        super(field, message);
    }
}
