package vn.drugctl.registry.notification.application;

import vn.drugctl.common.tenancy.TenantScope;

/**
 * The notifications store. A notice about a registry person is written inside the person write it tells of (see
 * {@code Persons#update}); a notice about a resident who is not a registry person has no such write and is stored
 * with {@link #store}. Reads are always through the caller's view.
 */
public interface Notifications {
    /** The notices for units in the caller's view (the notice's unit path contains a view root), newest first. */
    NotificationPage page(TenantScope scope, int page, int size);

    /**
     * Stores {@code notice} as version {@code sequence} of its id: inserted when new, replaced (keeping when it was
     * first created) when the stored one has a lower sequence, left alone otherwise.
     *
     * @return whether it was stored; {@code false} when the same or a later version was already there
     */
    boolean store(Notification notice, long sequence);
}
