package vn.drugctl.common.tenancy;

/** A unit code that the catalogue does not hold. */
public class UnknownUnitException extends RuntimeException {
    private final String code;

    public UnknownUnitException(String code) {
        super("Unit '" + code + "' is not in the unit catalogue");
        this.code = code;
    }

    public String code() {
        return code;
    }
}
