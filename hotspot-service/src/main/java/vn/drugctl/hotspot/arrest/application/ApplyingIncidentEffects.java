package vn.drugctl.hotspot.arrest.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.drugctl.common.domain.RuleViolation;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.Unit;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.hotspot.arrest.domain.HotspotEffect;
import vn.drugctl.hotspot.arrest.domain.IncidentRecorded;
import vn.drugctl.hotspot.hotspot.application.ChangingHotspot;
import vn.drugctl.hotspot.hotspot.application.HotspotCard;
import vn.drugctl.hotspot.hotspot.application.Hotspots;
import vn.drugctl.hotspot.hotspot.domain.HistoryEntry;
import vn.drugctl.hotspot.hotspot.domain.Hotspot;
import vn.drugctl.hotspot.hotspot.domain.HotspotEradicated;
import vn.drugctl.hotspot.hotspot.domain.HotspotNeutralised;
import vn.drugctl.hotspot.hotspot.domain.HotspotReason;

import java.util.Optional;
import java.util.Set;

/**
 * Applies the hotspot effects an incident recorded ({@code IncidentRecorded.hotspotEffects}) to the hotspots, from
 * the event (the incident's write cannot also write the hotspots: no multi-document transactions). Each effect is the
 * hotspot's own lifecycle step (ERADICATE for the reason {@value #ERADICATION_REASON_NAME} naming the incident in its
 * {@code incidentIds}; NEUTRALISE for {@value #NEUTRALISATION_REASON_NAME}), dated on the incident's business date,
 * written through the hotspot feature's {@link ChangingHotspot} (one version-guarded write with its event and audit
 * line) in the name of the system process {@value #PROCESS}, in the hotspot's own unit.
 *
 * <p>Idempotent beyond the consumer's event-id dedup: a hotspot whose history already names the incident
 * ({@code documentRef} {@code incident:<id>}) is left as it is, so a redelivery after a crash between the hotspot's
 * write and the dedup mark changes it once. An effect the hotspot's rules no longer allow (the point moved on since
 * the incident was checked, e.g. another unit eradicated it first) is not retried: it is logged and audited
 * {@code NO_CHANGE} by {@link ChangingHotspot}; a hotspot that no longer exists is logged.
 */
public class ApplyingIncidentEffects {
    public static final String PROCESS = "incident-effects";
    static final String ERADICATION_REASON_NAME = "DISMANTLED_BY_ARREST";
    static final String NEUTRALISATION_REASON_NAME = "ADMINISTRATIVE_MEASURES";
    static final HotspotReason ERADICATION_REASON = HotspotReason.valueOf(ERADICATION_REASON_NAME);
    static final HotspotReason NEUTRALISATION_REASON = HotspotReason.valueOf(NEUTRALISATION_REASON_NAME);
    private static final Logger log = LoggerFactory.getLogger(ApplyingIncidentEffects.class);

    private final Hotspots hotspots;
    private final ChangingHotspot changing;
    private final UnitCatalogue units;

    public ApplyingIncidentEffects(Hotspots hotspots, ChangingHotspot changing, UnitCatalogue units) {
        this.hotspots = hotspots;
        this.changing = changing;
        this.units = units;
    }

    static String documentRef(String incidentId) {
        return "incident:" + incidentId;
    }

    /** @return how many hotspots this call changed (0 when every effect was already applied) */
    public int apply(IncidentRecorded recorded) {
        int changed = 0;
        for (HotspotEffect effect : recorded.hotspotEffects()) {
            Optional<HotspotCard> card = hotspots.card(effect.hotspotId());
            if (card.isEmpty()) {
                log.warn("Incident " + recorded.incidentId() + " names hotspot " + effect.hotspotId()
                        + ", which does not exist; effect " + effect.effect() + " not applied");
                continue;
            }
            Unit unit = units.require(card.get().unitCode());
            TenantScope system = new TenantScope("system:" + PROCESS, PROCESS, unit, Set.of(), Set.of(unit.code()),
                    Set.of(unit.code()));
            Hotspot hotspot = hotspots.find(effect.hotspotId(), system).orElseThrow();
            if (applied(hotspot, recorded.incidentId())) {
                continue;
            }
            try {
                Hotspot after = changing.handle(effect.hotspotId(), null, "incident " + recorded.incidentId(),
                        system, (h, context) -> applied(h, recorded.incidentId()) ? new Hotspot.Change(h,
                                java.util.List.of()) : HotspotFeatureEffects.step(h, effect, recorded.incidentId(),
                                recorded.businessDate(), context));
                changed += after.version() == hotspot.version() ? 0 : 1;
            } catch (RuleViolation refused) {
                log.warn("Incident " + recorded.incidentId() + ": " + effect.effect() + " of hotspot "
                        + effect.hotspotId() + " refused by its rules now: " + refused.getMessage());
            }
        }
        return changed;
    }

    /** Whether the hotspot's history already holds this incident's step. */
    static boolean applied(Hotspot hotspot, String incidentId) {
        String ref = documentRef(incidentId);
        for (HistoryEntry entry : hotspot.history()) {
            if (entry.event() instanceof HotspotEradicated e && (e.incidentIds().contains(incidentId)
                    || ref.equals(e.documentRef()))) {
                return true;
            }
            if (entry.event() instanceof HotspotNeutralised n && ref.equals(n.documentRef())) {
                return true;
            }
        }
        return false;
    }
}
