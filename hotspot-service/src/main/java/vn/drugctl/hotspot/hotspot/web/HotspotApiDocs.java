package vn.drugctl.hotspot.hotspot.web;

import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.drugctl.hotspot.hotspot.domain.HotspotDetails;
import vn.drugctl.hotspot.hotspot.domain.HotspotKind;
import vn.drugctl.hotspot.hotspot.domain.HotspotReason;
import vn.drugctl.hotspot.hotspot.domain.HotspotStatus;
import vn.drugctl.hotspot.hotspot.domain.LicensedBusinessKind;
import vn.drugctl.hotspot.hotspot.domain.LifecycleStep;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The hotspot enums in the OpenAPI document with their Vietnamese labels: every string schema whose values are
 * exactly one of these enums gets a description listing {@code CONSTANT: label}, wherever it appears (component
 * schemas, their properties, parameters).
 */
@Configuration(proxyBeanMethods = false)
class HotspotApiDocs {
    private static final List<Map<String, String>> LABELS = List.of(
            labels(HotspotKind.values(), HotspotKind::label),
            labels(HotspotStatus.values(), HotspotStatus::label),
            labels(HotspotReason.values(), HotspotReason::label),
            labels(LicensedBusinessKind.values(), LicensedBusinessKind::label),
            labels(LifecycleStep.values(), LifecycleStep::label),
            labels(HotspotDetails.MatchOn.values(), HotspotDetails.MatchOn::label));

    @Bean
    OpenApiCustomizer hotspotEnumLabels() {
        return openApi -> {
            Set<Schema<?>> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
                openApi.getComponents().getSchemas().values().forEach(s -> label(s, seen));
            }
            if (openApi.getPaths() != null) {
                openApi.getPaths().values().forEach(item -> item.readOperations().forEach(op -> {
                    if (op.getParameters() != null) {
                        op.getParameters().forEach(p -> label(p.getSchema(), seen));
                    }
                }));
            }
        };
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void label(Schema<?> schema, Set<Schema<?>> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            Set<String> values = new HashSet<>();
            ((List) schema.getEnum()).forEach(v -> values.add(String.valueOf(v)));
            for (Map<String, String> table : LABELS) {
                if (table.keySet().equals(values)) {
                    String text = table.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                            .collect(Collectors.joining("; "));
                    schema.setDescription(schema.getDescription() == null ? text
                            : schema.getDescription() + " (" + text + ")");
                }
            }
        }
        if (schema.getProperties() != null) {
            new ArrayList<>(schema.getProperties().values()).forEach(p -> label(p, seen));
        }
        label(schema.getItems(), seen);
    }

    private static <E extends Enum<E>> Map<String, String> labels(E[] values, Function<E, String> label) {
        Map<String, String> map = new LinkedHashMap<>();
        for (E value : values) {
            map.put(value.name(), label.apply(value));
        }
        return map;
    }
}
