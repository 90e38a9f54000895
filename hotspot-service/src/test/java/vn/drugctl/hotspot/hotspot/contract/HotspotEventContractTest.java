package vn.drugctl.hotspot.hotspot.contract;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.drugctl.common.events.EventCodec;
import vn.drugctl.common.events.EventType;
import vn.drugctl.common.events.EventTypes;
import vn.drugctl.hotspot.hotspot.domain.HotspotEvent;
import vn.drugctl.hotspot.hotspot.domain.HotspotEventTypes;
import vn.drugctl.hotspot.hotspot.domain.HotspotNeutralised;
import vn.drugctl.hotspot.hotspot.domain.HotspotReason;
import vn.drugctl.hotspot.hotspot.domain.HotspotRemoved;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The hotspot's event contract is fixed: the names and versions are written here literally, not derived from the code
 * they test; a table missing a type or naming one twice fails; the published page's hotspot section lists every type
 * and every payload field, and nothing else; history stored under these names reads back.
 */
class HotspotEventContractTest {
    static final Path PAGE = Path.of("..", "docs", "events", "hotspot.events.v1.md");

    @Test
    void everyEventTypeHasTheNameAndVersionItWasPublishedUnder() {
        Map<String, String> published = new LinkedHashMap<>();
        published.put("HotspotAdded", "HotspotAdded");
        published.put("HotspotDetailsChanged", "HotspotDetailsChanged");
        published.put("HotspotEscalated", "HotspotEscalated");
        published.put("HotspotNeutralised", "HotspotNeutralised");
        published.put("HotspotEradicated", "HotspotEradicated");
        published.put("HotspotRemoved", "HotspotRemoved");
        published.put("HotspotReactivated", "HotspotReactivated");
        published.put("HotspotEntryCorrected", "HotspotEntryCorrected");
        Map<String, String> table = HotspotEventTypes.TABLE.all().stream().collect(Collectors.toMap(EventType::name,
                t -> t.javaType().getSimpleName(), (a, b) -> a, LinkedHashMap::new));
        assertThat(table).containsExactlyEntriesOf(published);
        assertThat(HotspotEventTypes.TABLE.all()).allSatisfy(t -> assertThat(t.schemaVersion()).isEqualTo(1));
        assertThat(HotspotEventTypes.TOPIC).isEqualTo("hotspot.events.v1");
    }

    @Test
    void aTableMissingATypeOrNamingOneTwiceFails() {
        assertThatThrownBy(() -> EventTypes.of(HotspotEvent.class,
                HotspotEventTypes.TABLE.all().subList(1, HotspotEventTypes.TABLE.all().size())
                        .toArray(EventType[]::new)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("without a row");
        List<EventType<HotspotEvent>> twice = new ArrayList<>(HotspotEventTypes.TABLE.all());
        twice.set(1, EventType.of("HotspotAdded", 1, twice.get(1).javaType()));
        assertThatThrownBy(() -> EventTypes.of(HotspotEvent.class, twice.toArray(EventType[]::new)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("share the name HotspotAdded");
    }

    @Test
    void anEventSaysItsRowsNameAndStoredHistoryReadsBack() {
        HotspotEvent removed = new HotspotRemoved("h-1", LocalDate.of(2025, 5, 2), HotspotReason.NO_LONGER_ACTIVE,
                null, null, "guidance-689-2023");
        assertThat(removed.eventType()).isEqualTo("HotspotRemoved");
        EventCodec<HotspotEvent> codec = new EventCodec<>(HotspotEventTypes.TABLE, JsonMapper.builder().build());
        Document stored = Document.parse("""
                {"hotspotId":"h-7","businessDate":"2024-03-01","reason":"REGULAR_PATROL_AND_CONTROL",
                 "documentRef":"BB 3/CAX","note":null,"ruleSet":"guidance-689-2023"}""");
        assertThat(codec.fromDocument("HotspotNeutralised", stored)).isEqualTo(new HotspotNeutralised("h-7",
                LocalDate.of(2024, 3, 1), HotspotReason.REGULAR_PATROL_AND_CONTROL, "BB 3/CAX", null,
                "guidance-689-2023"));
        assertThat(codec.toDocument(codec.fromDocument("HotspotNeutralised", stored)).toJson())
                .isEqualTo(stored.toJson());
    }

    @Test
    void thePagesHotspotSectionListsEveryTypeWithItsVersionAndEveryPayloadFieldAndNothingElse() throws IOException {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        int start = page.indexOf("\n## Hotspot events");
        assertThat(start).as("a '## Hotspot events' section").isPositive();
        int end = page.indexOf("\n## ", start + 1);
        Map<String, Section> sections = sections(page.substring(start, end < 0 ? page.length() : end));
        assertThat(sections.keySet()).containsExactlyElementsOf(
                HotspotEventTypes.TABLE.all().stream().map(EventType::name).toList());
        for (EventType<HotspotEvent> type : HotspotEventTypes.TABLE.all()) {
            Section section = sections.get(type.name());
            assertThat(section.version()).as("schema version of %s", type.name()).isEqualTo(type.schemaVersion());
            assertThat(section.fields()).as("payload fields of %s", type.name()).containsExactlyElementsOf(
                    Arrays.stream(type.javaType().getRecordComponents()).map(c -> c.getName()).toList());
        }
    }

    record Section(int version, Set<String> fields) {
    }

    private static Map<String, Section> sections(String text) {
        Matcher heading = Pattern.compile("^### (\\w+) — schema version (\\d+)$", Pattern.MULTILINE).matcher(text);
        List<int[]> bounds = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Integer> versions = new ArrayList<>();
        while (heading.find()) {
            bounds.add(new int[]{heading.start(), heading.end()});
            names.add(heading.group(1));
            versions.add(Integer.parseInt(heading.group(2)));
        }
        Map<String, Section> sections = new LinkedHashMap<>();
        Pattern field = Pattern.compile("^\\| `(\\w+)` \\|", Pattern.MULTILINE);
        for (int i = 0; i < names.size(); i++) {
            String body = text.substring(bounds.get(i)[1], i + 1 < names.size() ? bounds.get(i + 1)[0] : text.length());
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
