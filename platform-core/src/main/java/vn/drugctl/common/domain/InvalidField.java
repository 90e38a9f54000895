package vn.drugctl.common.domain;

/** A value of the request breaks a rule of its field (400); {@link #field()} names it as the client sent it. */
public class InvalidField extends RuntimeException {
    private final String field;

    public InvalidField(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
