package vn.drugctl.registry.notification.application;

import vn.drugctl.common.audit.AuditEntries;
import vn.drugctl.common.audit.AuditTrail;
import vn.drugctl.common.domain.InvalidField;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.web.CorrelationId;

/**
 * A unit's notifications, as far as the caller's view reaches: a commune officer sees its commune's, a district its
 * communes', a province all of its own; another province's never. The read names people, so it is audited like a
 * search (record type {@value #RECORD_TYPE}, how many were shown) before the page goes out.
 */
public class ReadingNotifications {
    public static final String RECORD_TYPE = "notification";
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    /** Deeper pages make the database skip too many notices. */
    public static final int MAX_PAGE = 10_000;

    private final Notifications notifications;
    private final AuditTrail trail;
    private final AuditEntries entries;

    public ReadingNotifications(Notifications notifications, AuditTrail trail, AuditEntries entries) {
        this.notifications = notifications;
        this.trail = trail;
        this.entries = entries;
    }

    /** @throws InvalidField naming {@code page} or {@code size} when out of range (nothing is read or recorded) */
    public NotificationPage page(TenantScope scope, int page, int size) {
        if (page < 0 || page > MAX_PAGE) {
            throw new InvalidField("page", "must be between 0 and " + MAX_PAGE + ", was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidField("size", "must be between 1 and " + MAX_SIZE + ", was " + size);
        }
        NotificationPage found = notifications.page(scope, page, size);
        trail.record(entries.search(scope, RECORD_TYPE, "notifications page=" + page + " size=" + size,
                found.items().size(), CorrelationId.current().orElse(null)));
        return found;
    }
}
