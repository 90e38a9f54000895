package vn.drugctl.registry.person;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.drugctl.registry.person.application.Persons;
import vn.drugctl.registry.testing.RegistryApiTest;

import java.time.LocalDate;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.drugctl.common.testing.TestTokens.communeOfficer;

/**
 * A date is a date wherever the service runs: written by a JVM whose zone is 14 hours ahead of UTC and read, queried
 * (the expiry's "period ends by" query, a search by list and age band) by one 11 hours behind, it is the same day.
 * Stored as the ISO date itself, not as an instant at midnight of whichever zone the JVM had.
 */
class DatesAcrossTimeZonesIT extends RegistryApiTest {
    @Autowired
    Persons persons;

    @Test
    void aManagementPeriodWrittenUnderOneZoneEndsOnTheSameDayReadUnderAnother() throws Exception {
        clean();
        TimeZone original = TimeZone.getDefault();
        String id;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));   // UTC+14
            id = register("""
                    {"fullName":"Lò Văn Pắng","sex":"MALE","birthYear":2001,"birthDate":"2001-06-10",
                     "list":{"list":"ILLEGAL_USER","reason":"POSITIVE_TEST","businessDate":"2024-06-10"}}""",
                    communeOfficer("HN-BL-VUBAN")).get("id").asString();

            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Pago_Pago"));   // UTC-11
            Document stored = mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, "persons");
            assertThat(stored.get("onListSince")).isEqualTo("2024-06-10");
            assertThat(stored.get("periodEndsOn")).isEqualTo("2025-06-10");

            mvc.perform(get("/api/registry/persons/" + id).with(communeOfficer("HN-BL-VUBAN")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.now.onListSince").value("2024-06-10"))
                    .andExpect(jsonPath("$.now.periodEndsOn").value("2025-06-10"))
                    .andExpect(jsonPath("$.details.birthDate").value("2001-06-10"));
            // the expiry's query: the period has not ended by the day before, it has by its last day
            assertThat(persons.withPeriodEndingBy(LocalDate.of(2025, 6, 9), 100)).doesNotContain(id);
            assertThat(persons.withPeriodEndingBy(LocalDate.of(2025, 6, 10), 100)).contains(id);
            mvc.perform(get("/api/registry/persons").param("list", "ILLEGAL_USER").param("ageBand", "UNDER_30")
                            .with(communeOfficer("HN-BL-VUBAN")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[0].id").value(id))
                    .andExpect(jsonPath("$.items[0].onListSince").value("2024-06-10"));
        } finally {
            TimeZone.setDefault(original);
        }
    }
}
