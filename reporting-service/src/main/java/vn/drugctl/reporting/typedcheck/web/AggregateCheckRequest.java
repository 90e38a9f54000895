package vn.drugctl.reporting.typedcheck.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import vn.drugctl.common.web.ValidText;
import vn.drugctl.reporting.typedcheck.domain.TypedAggregate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static vn.drugctl.common.web.ValidText.Kind.LINE;
import static vn.drugctl.reporting.typedcheck.domain.TypedAggregate.MAX_COUNT;
import static vn.drugctl.reporting.typedcheck.domain.TypedAggregate.MAX_ITEMS;

/**
 * An aggregate report typed by hand, as a clerk's tool sends it. Every count is a whole number from 0 to 10^9; at
 * most 200 sections, flows, rates and sums, 50 reasons or parts per map and 20 breakdowns per count. A body that
 * breaks a bound is refused with 400 naming the field ({@code sections[0].current}); so is a section that gives some
 * but not all of baseline, added and removed.
 */
@Schema(description = "A report typed by hand: its sections (lists, hotspot kinds, surveillance...), the flows "
        + "between lists, the rates and the sums it states")
public record AggregateCheckRequest(
        @Schema(example = "Huyện Bình Lục") @Size(max = 200) @ValidText(LINE) String unitName,
        @Schema(example = "2024-10-15") LocalDate from,
        @Schema(example = "2024-12-07") LocalDate to,
        @Size(max = MAX_ITEMS) List<@NotNull @Valid SectionRequest> sections,
        @Size(max = MAX_ITEMS) List<@NotNull @Valid FlowRequest> flows,
        @Size(max = MAX_ITEMS) List<@NotNull @Valid RateRequest> rates,
        @Size(max = MAX_ITEMS) List<@NotNull @Valid SumRequest> sums) {

    /** The report as the checker reads it (cross-field rules may still refuse it with the field named). */
    public TypedAggregate toDomain() {
        return new TypedAggregate(unitName, from, to,
                sections == null ? null : sections.stream().map(SectionRequest::toDomain).toList(),
                flows == null ? null : flows.stream().map(FlowRequest::toDomain).toList(),
                rates == null ? null : rates.stream().map(RateRequest::toDomain).toList(),
                sums == null ? null : sums.stream().map(SumRequest::toDomain).toList());
    }

    /** A count the validation passed (a whole number within bounds), or null. */
    static Long count(BigDecimal value) {
        return value == null ? null : value.longValueExact();
    }

    static Map<String, Long> counts(Map<String, BigDecimal> values) {
        if (values == null) {
            return null;
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        values.forEach((k, v) -> counts.put(k, count(v)));
        return counts;
    }

    static Map<String, Map<String, Long>> countsByPart(Map<String, Map<String, BigDecimal>> values) {
        if (values == null) {
            return null;
        }
        Map<String, Map<String, Long>> breakdowns = new LinkedHashMap<>();
        values.forEach((k, v) -> breakdowns.put(k, counts(v)));
        return breakdowns;
    }

    /**
     * One line: {@code baseline + added − removed = current}, reasons of added and removed, and breakdowns of the
     * current count ({@code breakdowns}) and of the other three counts when the report gives them.
     */
    @Schema(description = "A list, hotspot kind or other counted line. baseline, added and removed: all or none. "
            + "Breakdowns map a breakdown's name (ageBand, category, system, class, location...) to its parts; "
            + "'partial' names the breakdowns and reason maps (addedByReason, removedByReason) that do not claim to "
            + "list every part (they are then only checked not to exceed their total)")
    public record SectionRequest(
            @Schema(example = "POST_REHAB") @NotBlank @Size(max = 100) @ValidText(LINE) String name,
            @Schema(type = "integer", example = "13") @Count BigDecimal baseline,
            @Schema(type = "integer", example = "0") @Count BigDecimal added,
            @Size(max = 50) Map<@NotBlank @Size(max = 100) String, @NotNull @Count BigDecimal>
                    addedByReason,
            @Schema(type = "integer", example = "7") @Count BigDecimal removed,
            @Size(max = 50) Map<@NotBlank @Size(max = 100) String, @NotNull @Count BigDecimal>
                    removedByReason,
            @Schema(type = "integer", example = "8") @NotNull @Count BigDecimal current,
            @Size(max = 20) Map<@NotBlank @Size(max = 100) String, @NotNull @Size(max = 50) Map<
                    @NotBlank @Size(max = 100) String, @NotNull @Count BigDecimal>> breakdowns,
            @Size(max = 20) Map<@NotBlank @Size(max = 100) String, @NotNull @Size(max = 50) Map<
                    @NotBlank @Size(max = 100) String, @NotNull @Count BigDecimal>>
                    baselineBreakdowns,
            @Size(max = 20) Map<@NotBlank @Size(max = 100) String, @NotNull @Size(max = 50) Map<
                    @NotBlank @Size(max = 100) String, @NotNull @Count BigDecimal>>
                    addedBreakdowns,
            @Size(max = 20) Map<@NotBlank @Size(max = 100) String, @NotNull @Size(max = 50) Map<
                    @NotBlank @Size(max = 100) String, @NotNull @Count BigDecimal>>
                    removedBreakdowns,
            @Size(max = 50) Set<@NotBlank @Size(max = 100) String> partial) {
        TypedAggregate.Section toDomain() {
            return new TypedAggregate.Section(name, count(baseline), count(added), counts(addedByReason),
                    count(removed), counts(removedByReason), count(current), countsByPart(breakdowns),
                    countsByPart(baselineBreakdowns), countsByPart(addedBreakdowns), countsByPart(removedBreakdowns),
                    partial);
        }
    }

    /** A transfer between two lists the report states: how many left one, how many arrived in the other. */
    @Schema(description = "A stated transfer: outCount left fromSection for toSection, inCount arrived")
    public record FlowRequest(
            @Schema(example = "SUSPECTED_USER") @NotBlank @Size(max = 100) @ValidText(LINE) String fromSection,
            @Schema(example = "ILLEGAL_USER") @NotBlank @Size(max = 100) @ValidText(LINE) String toSection,
            @Schema(type = "integer", example = "2") @NotNull @Count BigDecimal outCount,
            @Schema(type = "integer", example = "1") @NotNull @Count BigDecimal inCount) {
        TypedAggregate.Flow toDomain() {
            return new TypedAggregate.Flow(fromSection, toSection, count(outCount), count(inCount));
        }
    }

    /** A stated rate in percent of its counts; tolerance in percentage points (0.05 when absent). */
    @Schema(description = "A stated rate: numerator / denominator × 100 should be statedPercent within tolerance "
            + "percentage points (0.05 when absent; 0.5 suits a rate stated in whole percent)")
    public record RateRequest(
            @Schema(example = "positive tests") @NotBlank @Size(max = 200) @ValidText(LINE) String name,
            @Schema(type = "integer", example = "5") @NotNull @Count BigDecimal numerator,
            @Schema(type = "integer", example = "40") @NotNull @Count BigDecimal denominator,
            @Schema(example = "12.5") @NotNull @PositiveOrZero @Max(MAX_COUNT) BigDecimal statedPercent,
            @Schema(example = "0.05") @PositiveOrZero @Max(100) BigDecimal tolerance) {
        TypedAggregate.Rate toDomain() {
            return new TypedAggregate.Rate(name, count(numerator), count(denominator), statedPercent, tolerance);
        }
    }

    /** A stated total of stated parts. */
    @Schema(description = "A stated total of parts, e.g. addicts = in community + in compulsory rehab")
    public record SumRequest(
            @Schema(example = "addicts") @NotBlank @Size(max = 200) @ValidText(LINE) String name,
            @NotNull @Size(min = 1, max = MAX_ITEMS) List<@NotNull @Count BigDecimal> parts,
            @Schema(type = "integer", example = "108") @NotNull @Count BigDecimal total) {
        TypedAggregate.Sum toDomain() {
            return new TypedAggregate.Sum(name, parts.stream().map(AggregateCheckRequest::count).toList(),
                    count(total));
        }
    }
}
