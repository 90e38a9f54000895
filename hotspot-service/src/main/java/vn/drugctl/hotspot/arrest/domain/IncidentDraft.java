package vn.drugctl.hotspot.arrest.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An incident as the officer entered it, before its checks ({@link Incident#record}, {@link Incident#correct}).
 * The capturing unit is the incident's owning unit; {@code otherUnitCodes} are the units that took part with it.
 */
public record IncidentDraft(OffsetDateTime occurredAt, IncidentPlace place, List<String> otherUnitCodes,
                            List<Suspect> suspects, List<SeizureDraft> seizures, Long moneyVnd, Integer vehicles,
                            String vehiclesDescription, Integer phones, String phonesDescription, String summary) {

    /** A seized substance as entered: the weight is a decimal as the client sent it. */
    public record SeizureDraft(SubstanceKind kind, String name, BigDecimal grams, String suspectId) {
    }
}
