package vn.drugctl.registry.person.domain;

import vn.drugctl.common.domain.InvalidField;

/** A value breaks a rule of the person record; {@link #field()} names it. */
public class InvalidPersonData extends InvalidField {
    public InvalidPersonData(String field, String message) {
        super(field, message);
    }
}
