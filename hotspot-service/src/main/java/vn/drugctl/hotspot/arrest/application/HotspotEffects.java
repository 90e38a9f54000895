package vn.drugctl.hotspot.arrest.application;

import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.hotspot.arrest.domain.HotspotEffect;

import java.time.LocalDate;

/**
 * The hotspot feature as an incident needs it: before an incident is written, each hotspot it eradicates or
 * neutralises must exist in the caller's scope and the step must be allowed on the incident's business date.
 * Applying the effect is the hotspot side's, from the incident's event ({@code IncidentRecorded}).
 */
public interface HotspotEffects {
    /**
     * @throws vn.drugctl.common.domain.NotFound      when the hotspot is unknown or outside the caller's view
     * @throws vn.drugctl.common.domain.RuleViolation when the step is not allowed on {@code businessDate}
     */
    void check(TenantScope scope, HotspotEffect effect, LocalDate businessDate, String fieldPrefix);
}
