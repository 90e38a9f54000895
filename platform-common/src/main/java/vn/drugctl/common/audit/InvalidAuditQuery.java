package vn.drugctl.common.audit;

/** A parameter of an audit query is out of range; {@link #parameter()} names it. Answered 400. */
public class InvalidAuditQuery extends RuntimeException {
    private final String parameter;

    public InvalidAuditQuery(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
