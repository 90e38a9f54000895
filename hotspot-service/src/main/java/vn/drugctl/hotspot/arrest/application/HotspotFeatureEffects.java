package vn.drugctl.hotspot.arrest.application;

import vn.drugctl.common.domain.InvalidField;
import vn.drugctl.common.events.Actor;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.hotspot.arrest.domain.HotspotEffect;
import vn.drugctl.hotspot.hotspot.application.Hotspots;
import vn.drugctl.hotspot.hotspot.domain.Hotspot;
import vn.drugctl.hotspot.hotspot.domain.HotspotRuleBook;
import vn.drugctl.hotspot.shared.BusinessTime;

import java.time.LocalDate;
import java.util.List;

/**
 * Checks an incident's hotspot effect through the hotspot feature before the incident is written: the hotspot must be
 * one the caller may view (else 400 naming the field, the same answer whether it exists elsewhere or not), and the
 * step must be one the hotspot's dated rules allow on the incident's date from its state then: the step is run on the
 * hotspot in memory (nothing is stored) and its {@code RuleViolation} (422, naming the rule) is the answer.
 * {@link ApplyingIncidentEffects} takes the same step for real from the incident's event.
 */
public class HotspotFeatureEffects implements HotspotEffects {
    private final Hotspots hotspots;
    private final HotspotRuleBook rules;
    private final BusinessTime time;

    public HotspotFeatureEffects(Hotspots hotspots, HotspotRuleBook rules, BusinessTime time) {
        this.hotspots = hotspots;
        this.rules = rules;
        this.time = time;
    }

    @Override
    public void check(TenantScope scope, HotspotEffect effect, LocalDate businessDate, String fieldPrefix) {
        Hotspot hotspot = hotspots.find(effect.hotspotId(), scope).orElseThrow(() -> new InvalidField(
                fieldPrefix + ".hotspotId", "No hotspot with id " + effect.hotspotId() + " in your scope"));
        step(hotspot, effect, "pending", businessDate,
                new Hotspot.Context(rules, time.today(), time.now(), Actor.of(scope)));
    }

    /** The hotspot step an incident's effect is: eradication by the arrest, or neutralisation. */
    static Hotspot.Change step(Hotspot hotspot, HotspotEffect effect, String incidentId, LocalDate businessDate,
                               Hotspot.Context context) {
        String ref = ApplyingIncidentEffects.documentRef(incidentId);
        String note = "Theo kết quả đấu tranh (vụ " + incidentId + ")";
        return switch (effect.effect()) {
            case ERADICATES -> hotspot.eradicate(new Hotspot.Step(ApplyingIncidentEffects.ERADICATION_REASON,
                    businessDate, ref, note), List.of(incidentId),
                    List.of(), context);
            case NEUTRALISES -> hotspot.neutralise(new Hotspot.Step(ApplyingIncidentEffects.NEUTRALISATION_REASON,
                    businessDate, ref, note), context);
        };
    }
}
