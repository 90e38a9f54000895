/**
 * What a registry person (người trong diện quản lý) contributes to the report counters: the
 * {@link vn.drugctl.reporting.registry.domain.PersonProjector} reads one person's {@code registry.events.v1} events
 * and writes list stocks with their breakdowns and the flows that explain them, under the measure names of
 * {@link vn.drugctl.reporting.registry.domain.RegistryMeasures}. Plain Java: no framework, JSON or store types.
 */
package vn.drugctl.reporting.registry.domain;
