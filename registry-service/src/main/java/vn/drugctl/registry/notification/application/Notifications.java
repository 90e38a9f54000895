package vn.drugctl.registry.notification.application;

import vn.drugctl.common.tenancy.TenantScope;

/**
 * The notifications store. Notices are written inside the person write they tell of (see
 * {@code Persons#update}); this port only reads, always through the caller's view.
 */
public interface Notifications {
    /** The notices for units in the caller's view (the notice's unit path contains a view root), newest first. */
    NotificationPage page(TenantScope scope, int page, int size);
}
