package vn.drugctl.common.audit;

/** The caller's roles do not include one that may read the audit trail. Answered 403. */
public class NotAnAuditSupervisor extends RuntimeException {
    public NotAnAuditSupervisor(String message) {
        super(message);
    }
}
