/**
 * The registry projection: one document per person, fed by {@code registry.events.v1}, and the per-unit
 * summary computed from it. Little logic so far, so the feature stays flat (STYLE.md rule 3); it grows into
 * domain/application/infrastructure with the periodic reports.
 */
package vn.drugctl.reporting.registrysummary;
