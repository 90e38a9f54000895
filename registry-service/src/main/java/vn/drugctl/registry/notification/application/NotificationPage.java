package vn.drugctl.registry.notification.application;

import java.util.List;

/** One page of notifications, newest first; {@code hasNext} whether a further page holds any. */
public record NotificationPage(List<Notification> items, int page, int size, boolean hasNext) {
    public NotificationPage {
        items = List.copyOf(items);
    }
}
