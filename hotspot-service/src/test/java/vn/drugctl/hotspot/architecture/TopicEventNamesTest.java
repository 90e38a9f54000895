package vn.drugctl.hotspot.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import vn.drugctl.common.events.EventType;
import vn.drugctl.common.events.EventTypes;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several aggregates of this service publish on {@code hotspot.events.v1}, each with its own fixed table: a consumer
 * tells their events apart by type name only, so no name may appear in two tables of the topic. Every table is found
 * by itself (a public static final {@link EventTypes} field named {@code TABLE}, next to a {@code TOPIC} constant), so
 * a new aggregate's table is checked without editing this test.
 */
class TopicEventNamesTest {

    @Test
    void noEventTypeNameIsUsedByTwoAggregatesOfTheTopic() throws Exception {
        Map<String, String> owner = new HashMap<>();
        int tables = 0;
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.drugctl.hotspot")) {
            Class<?> clazz = type.reflect();
            Field table = field(clazz, "TABLE");
            Field topic = field(clazz, "TOPIC");
            if (table == null || topic == null || !EventTypes.class.isAssignableFrom(table.getType())
                    || !"hotspot.events.v1".equals(topic.get(null))) {
                continue;
            }
            tables++;
            for (EventType<?> row : ((EventTypes<?>) table.get(null)).all()) {
                String before = owner.putIfAbsent(row.name(), clazz.getName());
                assertThat(before).as("event type %s is in %s and %s", row.name(), before, clazz.getName()).isNull();
            }
        }
        assertThat(tables).as("tables found on hotspot.events.v1").isPositive();
        assertThat(owner).containsKeys(List.of("HotspotAdded", "HotspotReactivated").toArray(String[]::new));
    }

    private static Field field(Class<?> clazz, String name) {
        try {
            Field field = clazz.getDeclaredField(name);
            int modifiers = field.getModifiers();
            return Modifier.isStatic(modifiers) && Modifier.isPublic(modifiers) ? field : null;
        } catch (NoSuchFieldException e) {
            return null;
        }
    }
}
