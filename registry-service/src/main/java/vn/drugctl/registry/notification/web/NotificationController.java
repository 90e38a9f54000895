package vn.drugctl.registry.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.drugctl.common.domain.InvalidField;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.registry.notification.application.Notification;
import vn.drugctl.registry.notification.application.NotificationPage;
import vn.drugctl.registry.notification.application.ReadingNotifications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Notices to the caller's units: another unit arrested a person they manage, or a resident of their area who is not
 * a registry person. Scoped to the caller's view (a notice of another tenant is never shown); a bad {@code page} or
 * {@code size} is 400 naming it.
 */
@Tag(name = "Notifications", description = "Notices to a unit: another unit arrested a person it manages or a "
        + "resident of its area")
@RestController
@RequestMapping("/api/registry/notifications")
public class NotificationController {
    private final ReadingNotifications reading;

    public NotificationController(ReadingNotifications reading) {
        this.reading = reading;
    }

    /**
     * @param kind              {@code ARREST_OF_MANAGED_PERSON} (with {@code personId}) or {@code ARREST_OF_RESIDENT}
     *                          (with {@code residentName}, {@code residentBirthYear})
     * @param unitCode          the unit told (managing the person, or of the resident's area)
     * @param arrestingUnitCode the unit that made the arrest
     * @param date              the business date of the arrest
     */
    public record NotificationResponse(String id, String kind, String unitCode, String personId,
                                       String residentName, Integer residentBirthYear, String arrestingUnitCode,
                                       LocalDate date, Instant createdAt) {
        static NotificationResponse of(Notification n) {
            return new NotificationResponse(n.id(), n.kind().name(), n.unitCode(), n.personId(), n.residentName(),
                    n.residentBirthYear(), n.arrestingUnitCode(), n.date(), n.createdAt());
        }
    }

    public record PageInfo(int number, int size, int items, boolean hasNext) {
    }

    public record NotificationsResponse(List<NotificationResponse> items, PageInfo page) {
    }

    @Operation(summary = "Notifications for the caller's units",
            description = "Newest first; only notices for units in the caller's view. The read is audited.")
    @GetMapping
    public NotificationsResponse list(@RequestParam(required = false) String page,
                                      @RequestParam(required = false) String size, TenantScope scope) {
        NotificationPage found = reading.page(scope, integer("page", page, 0),
                integer("size", size, ReadingNotifications.DEFAULT_SIZE));
        return new NotificationsResponse(found.items().stream().map(NotificationResponse::of).toList(),
                new PageInfo(found.page(), found.size(), found.items().size(), found.hasNext()));
    }

    private static int integer(String name, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidField(name, "must be a whole number, was '"
                    + (value.length() <= 40 ? value : value.substring(0, 40) + "…") + "'");
        }
    }
}
