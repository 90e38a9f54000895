package vn.drugctl.reporting.registry.domain;

import org.junit.jupiter.api.Test;
import vn.drugctl.reporting.ledger.domain.ProjectedEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The name and birth year a name list shows at a date: the details in force then, corrections applied. */
class PersonDetailsAtTest {
    static final String UNIT = "HN-BL-VUBAN";
    final List<ProjectedEvent> events = new ArrayList<>();

    ProjectedEvent event(String type, String date, Map<String, Object> payload) {
        Map<String, Object> p = new HashMap<>(payload);
        p.put("businessDate", date);
        ProjectedEvent e = new ProjectedEvent("e" + (events.size() + 1), type, 1, events.size() + 1, UNIT,
                List.of("HN", "HN-BL", UNIT), LocalDate.parse(date), p);
        events.add(e);
        return e;
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theLatestDetailsChangeDatedOnOrBeforeTheDateIsInForce() {
        event("PersonRegistered", "2024-03-01", Map.of("fullName", "Lê Thi Mâu", "birthYear", 2003));
        event("PersonMovedToList", "2024-03-01", Map.of("toList", "SUSPECTED_USER", "reason", "NEWLY_FOUND_BY_REVIEW"));
        event("PersonDetailsChanged", "2024-11-15", Map.of("fullName", "Lê Thị Mẫu", "birthYear", 2002));
        event("PersonDetailsChanged", "2024-12-20", Map.of("fullName", "Lê Thị Sau Kỳ", "birthYear", 2002));

        assertThat(PersonProjector.detailsAt(events, d("2024-10-31")).get("fullName")).isEqualTo("Lê Thi Mâu");
        assertThat(PersonProjector.detailsAt(events, d("2024-11-15"))).containsEntry("fullName", "Lê Thị Mẫu")
                .containsEntry("birthYear", 2002);
        assertThat(PersonProjector.detailsAt(events, d("2024-12-20")).get("fullName")).isEqualTo("Lê Thị Sau Kỳ");
    }

    @Test
    void aRegistrationEnteredAfterTheDateStillNamesAPersonBackDatedOntoAList() {
        event("PersonRegistered", "2024-12-02", Map.of("fullName", "Giàng Thị Mẫu", "birthYear", 1996));
        event("PersonMovedToList", "2024-10-01", Map.of("toList", "ADDICT", "reason", "ADDICTION_DETERMINED"));

        assertThat(PersonProjector.detailsAt(events, d("2024-11-30")).get("fullName")).isEqualTo("Giàng Thị Mẫu");
    }

    @Test
    void aVoidedOrReDatedDetailsChangeCountsAsCorrected() {
        event("PersonRegistered", "2024-01-05", Map.of("fullName", "Hà Văn Mẫu", "birthYear", 1990));
        ProjectedEvent wrong = event("PersonDetailsChanged", "2024-02-01", Map.of("fullName", "Hà Văn Sai",
                "birthYear", 1990));
        ProjectedEvent late = event("PersonDetailsChanged", "2024-12-01", Map.of("fullName", "Hà Văn Thử",
                "birthYear", 1991));
        event("EntryCorrected", "2024-12-02", Map.of("correctsEventId", wrong.eventId(),
                "correctsEventType", "PersonDetailsChanged", "voided", true));
        event("EntryCorrected", "2024-12-02", Map.of("correctsEventId", late.eventId(),
                "correctsEventType", "PersonDetailsChanged", "voided", false, "correctedBusinessDate", "2024-06-01"));

        assertThat(PersonProjector.detailsAt(events, d("2024-03-01")).get("fullName")).isEqualTo("Hà Văn Mẫu");
        assertThat(PersonProjector.detailsAt(events, d("2024-07-01"))).containsEntry("fullName", "Hà Văn Thử")
                .containsEntry("birthYear", 1991);
    }

    @Test
    void noRegistrationNoDetails() {
        event("PersonMovedToList", "2024-10-01", Map.of("toList", "ADDICT", "reason", "ADDICTION_DETERMINED"));
        assertThat(PersonProjector.detailsAt(events, d("2024-11-30"))).isEmpty();
    }
}
