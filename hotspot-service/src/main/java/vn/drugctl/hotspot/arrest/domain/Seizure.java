package vn.drugctl.hotspot.arrest.domain;

import java.math.BigDecimal;

/**
 * A seized substance: its kind ({@link SubstanceKind#OTHER} with a name), its weight in grams as exact decimal text
 * with 3 decimals ({@link Grams}), and optionally the suspect it was seized from ({@code null}: seized at the scene,
 * not from one suspect).
 */
public record Seizure(SubstanceKind kind, String name, String grams, String suspectId) {
    public BigDecimal weight() {
        return Grams.parse(grams);
    }

    static Seizure checked(int index, SubstanceKind kind, String name, BigDecimal grams, String suspectId) {
        String f = "seizures[" + index + "]";
        if (kind == null) {
            throw new InvalidIncidentData(f + ".kind", "is required");
        }
        String n = Texts.line(f + ".name", name, 120);
        if (kind == SubstanceKind.OTHER && n == null) {
            throw new InvalidIncidentData(f + ".name", "must name the substance when the kind is OTHER");
        }
        String weight = Grams.text(Grams.of(f + ".grams", grams));
        String from = suspectId == null || suspectId.isBlank() ? null : Suspect.id(f + ".suspectId", suspectId);
        return new Seizure(kind, n, weight, from);
    }
}
