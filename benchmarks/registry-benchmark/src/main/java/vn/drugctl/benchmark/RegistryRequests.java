package vn.drugctl.benchmark;

import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * The registry's write requests, as the API contract spells them: a registration onto the suspected-user list
 * after a review, then a positive test (→ illegal user) and an addiction determination (→ addict). Business dates
 * increase along a person's history and stay in the past.
 */
final class RegistryRequests {
    static final String PERSONS = "/api/registry/persons";
    private static final JsonMapper json = JsonMapper.builder().build();

    /** One step of a person's history: the list it moves to and why. */
    enum Step {
        POSITIVE_TEST("ILLEGAL_USER", "POSITIVE_TEST", "QĐ %d/QĐ-UBND"),
        ADDICTION_DETERMINED("ADDICT", "ADDICTION_DETERMINED", "PKL %d/TTYT");

        final String toList;
        final String reason;
        final String documentFormat;

        Step(String toList, String reason, String documentFormat) {
            this.toList = toList;
            this.reason = reason;
            this.documentFormat = documentFormat;
        }
    }

    /** A person's dates: registered, then each later step 15–120 days after the one before; all before today. */
    record Dates(LocalDate registered, LocalDate positiveTest, LocalDate addictionDetermined) {
        static Dates random(Random random, LocalDate today) {
            LocalDate registered = today.minusDays(300 + random.nextInt(400));
            LocalDate positive = registered.plusDays(15 + random.nextInt(106));
            return new Dates(registered, positive, positive.plusDays(15 + random.nextInt(106)));
        }

        LocalDate of(Step step) {
            return step == Step.POSITIVE_TEST ? positiveTest : addictionDetermined;
        }
    }

    private RegistryRequests() {
    }

    static String registration(SyntheticPeople.Person person, String unitCode, LocalDate businessDate, int document) {
        Map<String, Object> residence = new LinkedHashMap<>();
        residence.put("village", person.village());
        residence.put("unitCode", unitCode);
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("list", "SUSPECTED_USER");
        list.put("businessDate", businessDate.toString());
        list.put("reason", "NEWLY_FOUND_BY_REVIEW");
        list.put("documentRef", "BC " + document + "/CAX");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fullName", person.fullName());
        body.put("sex", person.sex().name());
        body.put("birthYear", person.birthYear());
        body.put("birthDate", person.birthDate() == null ? null : person.birthDate().toString());
        body.put("cccd", person.cccd());
        body.put("permanentResidence", residence);
        body.put("list", list);
        return json.writeValueAsString(body);
    }

    static String listChange(Step step, LocalDate businessDate, int document) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("toList", step.toList);
        body.put("reason", step.reason);
        body.put("businessDate", businessDate.toString());
        body.put("documentRef", step.documentFormat.formatted(document));
        return json.writeValueAsString(body);
    }

    static String listChangesPath(String personId) {
        return PERSONS + "/" + personId + "/list-changes";
    }

    /** The {@code id} of a registration's answer, or {@code null} if it has none. */
    static String idOf(String responseBody) {
        try {
            String id = json.readTree(responseBody).path("id").asString(null);
            return id == null || id.isBlank() ? null : id;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
