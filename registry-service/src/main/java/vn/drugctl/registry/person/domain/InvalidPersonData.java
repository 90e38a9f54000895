package vn.drugctl.registry.person.domain;

/** A value breaks a rule of the person record; {@link #field()} names it. */
public class InvalidPersonData extends RuntimeException {
    private final String field;

    public InvalidPersonData(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
