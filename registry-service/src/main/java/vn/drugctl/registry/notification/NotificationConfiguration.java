package vn.drugctl.registry.notification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.drugctl.common.audit.AuditEntries;
import vn.drugctl.common.audit.AuditTrail;
import vn.drugctl.registry.notification.application.Notifications;
import vn.drugctl.registry.notification.application.ReadingNotifications;

@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {
    @Bean
    ReadingNotifications readingNotifications(Notifications notifications, AuditTrail trail, AuditEntries entries) {
        return new ReadingNotifications(notifications, trail, entries);
    }
}
