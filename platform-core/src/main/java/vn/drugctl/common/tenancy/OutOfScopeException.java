package vn.drugctl.common.tenancy;

/** The caller asked for a unit outside its tenant scope: answered 403. */
public class OutOfScopeException extends RuntimeException {
    public OutOfScopeException(TenantScope scope, Unit target, String action) {
        super("Unit " + scope.unitCode() + " may not " + action + " records of unit " + target.code()
                + " (" + target.name() + ")");
    }

    public OutOfScopeException(String message) {
        super(message);
    }
}
