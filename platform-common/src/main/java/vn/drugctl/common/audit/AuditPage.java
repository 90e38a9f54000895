package vn.drugctl.common.audit;


import java.util.List;

/**
 * One page of audit entries, newest first.
 *
 * @param hasNext whether a further page holds entries (no total count: counting a busy user's trail costs a scan)
 */
public record AuditPage(List<AuditEntry> items, int page, int size, boolean hasNext) {
    public AuditPage {
        items = List.copyOf(items);
    }

    public static AuditPage empty(AuditQuery query) {
        return new AuditPage(List.of(), query.page(), query.size(), false);
    }
}
