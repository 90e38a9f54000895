package vn.drugctl.hotspot.arrest.domain;

import vn.drugctl.common.domain.InvalidField;

/** A value breaks a rule of an incident (400); {@link #field()} names it as the client sent it. */
public class InvalidIncidentData extends InvalidField {
    public InvalidIncidentData(String field, String message) {
        super(field, message);
    }
}
