package vn.drugctl.hotspot.contract;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.drugctl.common.events.EventCodec;
import vn.drugctl.common.events.EventType;
import vn.drugctl.common.events.EventTypes;
import vn.drugctl.hotspot.arrest.domain.IncidentCorrected;
import vn.drugctl.hotspot.arrest.domain.IncidentEvent;
import vn.drugctl.hotspot.arrest.domain.IncidentEventTypes;
import vn.drugctl.hotspot.arrest.domain.IncidentOutcomeRecorded;
import vn.drugctl.hotspot.arrest.domain.IncidentRecorded;
import vn.drugctl.hotspot.arrest.domain.OutcomeKind;
import vn.drugctl.hotspot.arrest.domain.SubstanceKind;
import vn.drugctl.hotspot.arrest.domain.SuspectAct;
import vn.drugctl.hotspot.arrest.domain.ResidentArrested;
import vn.drugctl.hotspot.arrest.domain.SuspectArrested;
import vn.drugctl.hotspot.hotspot.domain.HotspotEventTypes;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceEntryCorrected;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceEventTypes;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceRecordClosed;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceRecordOpened;
import vn.drugctl.hotspot.surveillance.domain.SurveillanceRecordReclassified;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
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
 * The incident and surveillance record contracts on {@code hotspot.events.v1} are fixed: names and versions written
 * here literally; the published page lists, in each aggregate's section, every type with its version and every
 * payload field and nothing else; SuspectArrested reads back from exactly the payload registry-service consumes; and
 * no type name is used by two tables of the topic.
 */
class ArrestAndSurveillanceEventContractTest {
    static final Path PAGE = Path.of("..", "docs", "events", "hotspot.events.v1.md");

    /** Every table publishing on the topic. */
    static final List<EventTypes<?>> TOPIC_TABLES = List.of(HotspotEventTypes.TABLE, IncidentEventTypes.TABLE,
            SurveillanceEventTypes.TABLE);

    @Test
    void everyEventTypeHasTheNameAndVersionItWasPublishedUnder() {
        assertThat(names(IncidentEventTypes.TABLE).keySet()).containsExactly("IncidentRecorded",
                "IncidentOutcomeRecorded", "IncidentCorrected", "SuspectArrested", "ResidentArrested");
        assertThat(names(IncidentEventTypes.TABLE).values()).containsExactly(IncidentRecorded.class,
                IncidentOutcomeRecorded.class, IncidentCorrected.class, SuspectArrested.class, ResidentArrested.class);
        assertThat(names(SurveillanceEventTypes.TABLE).keySet()).containsExactly("SurveillanceRecordOpened",
                "SurveillanceRecordReclassified", "SurveillanceRecordClosed", "SurveillanceEntryCorrected");
        assertThat(names(SurveillanceEventTypes.TABLE).values()).containsExactly(SurveillanceRecordOpened.class,
                SurveillanceRecordReclassified.class, SurveillanceRecordClosed.class,
                SurveillanceEntryCorrected.class);
        assertThat(IncidentEventTypes.TABLE.all()).allSatisfy(t -> assertThat(t.schemaVersion()).isEqualTo(1));
        assertThat(SurveillanceEventTypes.TABLE.all()).allSatisfy(t -> assertThat(t.schemaVersion()).isEqualTo(1));
        assertThat(IncidentEventTypes.TOPIC).isEqualTo("hotspot.events.v1");
        assertThat(SurveillanceEventTypes.TOPIC).isEqualTo("hotspot.events.v1");
    }

    @Test
    void noTypeNameIsUsedByTwoTablesOfTheTopic() {
        Set<String> seen = new HashSet<>();
        for (EventTypes<?> table : TOPIC_TABLES) {
            for (EventType<?> type : table.all()) {
                assertThat(seen.add(type.name())).as("%s named in two tables of hotspot.events.v1", type.name())
                        .isTrue();
            }
        }
        assertThat(seen).hasSize(HotspotEventTypes.TABLE.all().size() + 9);
    }

    @Test
    void suspectArrestedReadsBackFromThePayloadRegistryServiceConsumesAndWritesItUnchanged() {
        EventCodec<IncidentEvent> codec = new EventCodec<>(IncidentEventTypes.TABLE, JsonMapper.builder().build());
        Document payload = Document.parse("""
                {"incidentId":"i-1","suspectId":"s1","personId":"p-1","occurredAt":"2026-11-20T21:30:00+07:00",
                 "businessDate":"2026-11-20","arrestingUnitCode":"HN-BL-VUBAN","acts":["POSSESSION","SALE"],
                 "outcome":"PROSECUTED","caseNumber":"12/2026/HS",
                 "substances":[{"kind":"METHAMPHETAMINE","grams":"1.250"}]}""");
        IncidentEvent event = codec.fromDocument("SuspectArrested", payload);
        assertThat(event).isEqualTo(new SuspectArrested("i-1", "s1", "p-1", "2026-11-20T21:30:00+07:00",
                LocalDate.of(2026, 11, 20), "HN-BL-VUBAN", List.of(SuspectAct.POSSESSION, SuspectAct.SALE),
                OutcomeKind.PROSECUTED, "12/2026/HS",
                List.of(new SuspectArrested.Substance(SubstanceKind.METHAMPHETAMINE, "1.250"))));
        assertThat(codec.toDocument(event).toJson()).isEqualTo(payload.toJson());
    }

    @Test
    void thePublishedPageListsEveryTypeWithItsVersionAndEveryPayloadFieldAndNothingElse() throws IOException {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        check(section(page, "## Incident events"), IncidentEventTypes.TABLE);
        check(section(page, "## Surveillance record events"), SurveillanceEventTypes.TABLE);
    }

    private static <E> void check(String section, EventTypes<E> table) {
        Map<String, Section> types = sections(section);
        assertThat(types.keySet()).containsExactlyElementsOf(table.all().stream().map(EventType::name).toList());
        for (EventType<E> type : table.all()) {
            Section s = types.get(type.name());
            assertThat(s.version()).as("version of %s", type.name()).isEqualTo(type.schemaVersion());
            assertThat(s.fields()).as("payload fields of %s on the page", type.name()).containsExactlyElementsOf(
                    Arrays.stream(type.javaType().getRecordComponents()).map(c -> c.getName()).toList());
        }
    }

    private static String section(String page, String heading) {
        int start = page.indexOf("\n" + heading + "\n");
        assertThat(start).as(heading + " on the page").isNotNegative();
        int end = page.indexOf("\n## ", start + heading.length() + 2);
        return page.substring(start, end < 0 ? page.length() : end);
    }

    record Section(int version, Set<String> fields) {
    }

    private static Map<String, Section> sections(String text) {
        Matcher heading = Pattern.compile("^### (\\w+) — schema version (\\d+)$", Pattern.MULTILINE).matcher(text);
        List<int[]> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Integer> versions = new ArrayList<>();
        while (heading.find()) {
            starts.add(new int[]{heading.start(), heading.end()});
            names.add(heading.group(1));
            versions.add(Integer.parseInt(heading.group(2)));
        }
        Map<String, Section> sections = new LinkedHashMap<>();
        Pattern field = Pattern.compile("^\\| `(\\w+)` \\|", Pattern.MULTILINE);
        for (int i = 0; i < names.size(); i++) {
            String body = text.substring(starts.get(i)[1], i + 1 < names.size() ? starts.get(i + 1)[0] : text.length());
            Set<String> fields = new LinkedHashSet<>();
            Matcher m = field.matcher(body);
            while (m.find()) {
                fields.add(m.group(1));
            }
            sections.put(names.get(i), new Section(versions.get(i), fields));
        }
        return sections;
    }

    private static <E> Map<String, Class<?>> names(EventTypes<E> table) {
        return table.all().stream().collect(Collectors.toMap(EventType::name, t -> (Class<?>) t.javaType(),
                (a, b) -> a, LinkedHashMap::new));
    }
}
