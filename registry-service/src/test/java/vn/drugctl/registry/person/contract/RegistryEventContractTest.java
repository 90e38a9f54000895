package vn.drugctl.registry.person.contract;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.drugctl.common.events.EventCodec;
import vn.drugctl.common.events.EventType;
import vn.drugctl.registry.person.domain.AddictLocationChanged;
import vn.drugctl.registry.person.domain.ChangeReason;
import vn.drugctl.registry.person.domain.DrugTestRecorded;
import vn.drugctl.registry.person.domain.EntryCorrected;
import vn.drugctl.registry.person.domain.MainList;
import vn.drugctl.registry.person.domain.PersonArrested;
import vn.drugctl.registry.person.domain.PersonDetailsChanged;
import vn.drugctl.registry.person.domain.PersonEvent;
import vn.drugctl.registry.person.domain.PersonEventTypes;
import vn.drugctl.registry.person.domain.PersonFlagCleared;
import vn.drugctl.registry.person.domain.PersonFlagSet;
import vn.drugctl.registry.person.domain.PersonLeftList;
import vn.drugctl.registry.person.domain.PersonMarkedMovedAway;
import vn.drugctl.registry.person.domain.PersonMoveVerified;
import vn.drugctl.registry.person.domain.PersonMovedToList;
import vn.drugctl.registry.person.domain.PersonRegistered;
import vn.drugctl.registry.person.domain.PersonReturned;
import vn.drugctl.registry.person.domain.RehabDossierChanged;
import vn.drugctl.registry.person.domain.SanctionRecorded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry's event contract is fixed: the names and versions below are what every person's stored history and
 * every consumer already hold, so they are written here literally, not derived from the code they test; the
 * published page lists every type and every payload field; and history stored under these names reads back.
 */
class RegistryEventContractTest {
    static final Path PAGE = Path.of("..", "docs", "events", "registry.events.v1.md");

    @Test
    void everyEventTypeHasTheNameAndVersionItWasPublishedUnder() {
        Map<String, Class<?>> published = new LinkedHashMap<>();
        published.put("PersonRegistered", PersonRegistered.class);
        published.put("PersonDetailsChanged", PersonDetailsChanged.class);
        published.put("PersonMovedToList", PersonMovedToList.class);
        published.put("PersonLeftList", PersonLeftList.class);
        published.put("PersonFlagSet", PersonFlagSet.class);
        published.put("PersonFlagCleared", PersonFlagCleared.class);
        published.put("AddictLocationChanged", AddictLocationChanged.class);
        published.put("DrugTestRecorded", DrugTestRecorded.class);
        published.put("SanctionRecorded", SanctionRecorded.class);
        published.put("RehabDossierChanged", RehabDossierChanged.class);
        published.put("PersonMarkedMovedAway", PersonMarkedMovedAway.class);
        published.put("PersonMoveVerified", PersonMoveVerified.class);
        published.put("PersonReturned", PersonReturned.class);
        published.put("EntryCorrected", EntryCorrected.class);
        published.put("PersonArrested", PersonArrested.class);

        Map<String, Class<?>> table = PersonEventTypes.TABLE.all().stream()
                .collect(Collectors.toMap(EventType::name, EventType::javaType, (a, b) -> a, LinkedHashMap::new));
        assertThat(table).containsExactlyEntriesOf(published);
        assertThat(PersonEventTypes.TABLE.all()).allSatisfy(t -> assertThat(t.schemaVersion()).isEqualTo(1));
        assertThat(PersonEventTypes.TOPIC).isEqualTo("registry.events.v1");
    }

    @Test
    void everyKindOfPersonEventHasARowAndAnEventSaysItsRowsName() {
        // the table is checked complete and unique when it is built; building it here is that check
        Set<Class<?>> concrete = Arrays.stream(PersonEvent.class.getPermittedSubclasses()).collect(Collectors.toSet());
        Set<Class<?>> named = PersonEventTypes.TABLE.all().stream().map(t -> (Class<?>) t.javaType())
                .collect(Collectors.toSet());
        assertThat(named).isEqualTo(concrete);
        PersonEvent returned = new PersonReturned("p-1", LocalDate.of(2025, 5, 2), "về địa phương");
        assertThat(returned.eventType()).isEqualTo(PersonEventTypes.TABLE.nameOf(returned));
        assertThat(returned.schemaVersion()).isEqualTo(1);
    }

    @Test
    void historyStoredUnderTheContractNamesReadsBack() {
        EventCodec<PersonEvent> codec = new EventCodec<>(PersonEventTypes.TABLE, JsonMapper.builder().build());
        // as a person's history stores it (and the wire carries it) under schema version 1
        Document stored = Document.parse("""
                {"personId":"p-7","businessDate":"2024-03-01","fromList":"SUSPECTED_USER","toList":"ILLEGAL_USER",
                 "reason":"POSITIVE_TEST","documentRef":"QĐ 15/QĐ-UBND","note":null,"managementPeriod":"P1Y",
                 "periodEndsOn":"2025-03-01","ruleSet":"law-73-2021"}""");
        assertThat(codec.fromDocument("PersonMovedToList", stored)).isEqualTo(new PersonMovedToList("p-7",
                LocalDate.of(2024, 3, 1), MainList.SUSPECTED_USER, MainList.ILLEGAL_USER, ChangeReason.POSITIVE_TEST,
                "QĐ 15/QĐ-UBND", null, Period.ofYears(1), LocalDate.of(2025, 3, 1), "law-73-2021"));
        assertThat(codec.toDocument(codec.fromDocument("PersonMovedToList", stored)).toJson())
                .isEqualTo(stored.toJson());

        Document arrested = Document.parse("""
                {"personId":"p-7","businessDate":"2026-11-20","incidentId":"inc-1","suspectId":"sus-1",
                 "arrestingUnitCode":"HN-BL-VUBAN","acts":["POSSESSION","SALE"],"outcome":"PROSECUTED",
                 "caseNumber":"12/2026/HS","sourceEventId":"evt-1"}""");
        assertThat(codec.fromDocument("PersonArrested", arrested)).isEqualTo(new PersonArrested("p-7",
                LocalDate.of(2026, 11, 20), "inc-1", "sus-1", "HN-BL-VUBAN", List.of("POSSESSION", "SALE"),
                vn.drugctl.registry.person.domain.Arrest.Outcome.PROSECUTED, "12/2026/HS", "evt-1"));
        assertThat(codec.toDocument(codec.fromDocument("PersonArrested", arrested)).toJson())
                .isEqualTo(arrested.toJson());
    }

    @Test
    void thePublishedPageListsEveryTypeWithItsVersionAndEveryPayloadFieldAndNothingElse() throws IOException {
        Map<String, Section> page = sections(Files.readString(PAGE, StandardCharsets.UTF_8));
        assertThat(page.keySet()).containsExactlyElementsOf(
                PersonEventTypes.TABLE.all().stream().map(EventType::name).toList());
        for (EventType<PersonEvent> type : PersonEventTypes.TABLE.all()) {
            Section section = page.get(type.name());
            assertThat(section.version()).as("schema version of %s on the page", type.name())
                    .isEqualTo(type.schemaVersion());
            List<String> fields = Arrays.stream(type.javaType().getRecordComponents()).map(c -> c.getName()).toList();
            assertThat(section.fields()).as("payload fields of %s on the page", type.name())
                    .containsExactlyElementsOf(fields);
        }
    }

    record Section(int version, Set<String> fields) {
    }

    private static Map<String, Section> sections(String page) {
        Matcher heading = Pattern.compile("^### (\\w+) — schema version (\\d+)$", Pattern.MULTILINE).matcher(page);
        List<int[]> starts = new java.util.ArrayList<>();
        List<String> names = new java.util.ArrayList<>();
        List<Integer> versions = new java.util.ArrayList<>();
        while (heading.find()) {
            starts.add(new int[]{heading.start(), heading.end()});
            names.add(heading.group(1));
            versions.add(Integer.parseInt(heading.group(2)));
        }
        Map<String, Section> sections = new LinkedHashMap<>();
        Pattern field = Pattern.compile("^\\| `(\\w+)` \\|", Pattern.MULTILINE);
        for (int i = 0; i < names.size(); i++) {
            String body = page.substring(starts.get(i)[1], i + 1 < names.size() ? starts.get(i + 1)[0] : page.length());
            Set<String> fields = new LinkedHashSet<>();
            Matcher m = field.matcher(body);
            while (m.find()) {
                fields.add(m.group(1));
            }
            sections.put(names.get(i), new Section(versions.get(i), fields));
        }
        return sections;
    }
}
