package vn.drugctl.hotspot.hotspot.application;

import vn.drugctl.common.audit.AuditAction;
import vn.drugctl.common.domain.Conflict;
import vn.drugctl.common.domain.InvalidField;
import vn.drugctl.common.domain.RuleViolation;
import vn.drugctl.common.tenancy.OutOfScopeException;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.Unit;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.common.tenancy.UnitLevel;
import vn.drugctl.hotspot.hotspot.domain.Hotspot;
import vn.drugctl.hotspot.hotspot.domain.HotspotAdded;
import vn.drugctl.hotspot.hotspot.domain.HotspotDetails;
import vn.drugctl.hotspot.hotspot.domain.HotspotKind;
import vn.drugctl.hotspot.hotspot.domain.HotspotReason;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Adds a hotspot to the list of the commune its address names, for a caller who may write there; unless the report
 * matches a watched point.
 *
 * <p><b>Watched points.</b> A neutralised or eradicated point of the same province whose licence number, folded
 * address (road, village, commune) or online handle/group link equals the new report's is a match. A report with
 * matches is not stored: 409 {@code watched-point-match} lists them, each as far as the caller's view allows (a point
 * outside it is shown only as "a watched point managed by unit X", with its id so it can be named below), and every
 * match shown is audited ({@code DISCLOSE}). The caller then either sends {@code reactivate: <id>} (the old point,
 * which the caller must be able to write, gets a {@code HotspotReactivated} event with reason
 * {@code NEW_REPORT_AT_SAME_PLACE} and the report's details, and is active again: no new point) or
 * {@code overrule: {matchedId, reason}} (a new point is added; the overrule and its reason are in its
 * {@code HotspotAdded} event and its audit line). Naming a point that is not a match is 422.
 */
public class AddingHotspot {
    private static final int MAX_MATCHES = 20;

    /**
     * @param reactivate the id of a matched watched point to reactivate instead of adding, or {@code null}
     * @param overrule   the matched point the caller decided this is not, with why, or {@code null}
     */
    public record AddHotspot(HotspotKind kind, HotspotDetailsInput details, Hotspot.Step step, String reactivate,
                             HotspotAdded.OverruledMatch overrule, String purpose) {
    }

    /** What the addition did: a new point, or the reactivation of a watched one. */
    public record Outcome(Hotspot hotspot, boolean reactivated) {
    }

    /** The report matches watched points: nothing stored, the matches shown. */
    public static class WatchedPointMatch extends Conflict {
        public WatchedPointMatch(List<Map<String, Object>> matches) {
            super("watched-point-match", matches.size() + " watched (neutralised or eradicated) point(s) of the "
                    + "province match this report; if it is one of them, send reactivate: <id> to record its "
                    + "reactivation; if it is a new point, send overrule: {matchedId, reason}");
            with("matches", List.copyOf(matches));
        }
    }

    private final Hotspots hotspots;
    private final UnitCatalogue units;
    private final HotspotAudit audit;
    private final ChangingHotspot changing;

    public AddingHotspot(Hotspots hotspots, UnitCatalogue units, HotspotAudit audit, ChangingHotspot changing) {
        this.hotspots = hotspots;
        this.units = units;
        this.audit = audit;
        this.changing = changing;
    }

    /**
     * @throws InvalidField on a bad value (an unknown unit or one that is not a commune on {@code address.unitCode})
     * @throws OutOfScopeException when the caller may not write for the commune
     * @throws WatchedPointMatch when the report matches watched points and neither reactivate nor overrule is given
     * @throws RuleViolation when the rules forbid the addition or the reactivation, or the named point is no match
     */
    public Outcome handle(AddHotspot command, TenantScope scope) {
        if (command.kind() == null) {
            throw new InvalidField("kind", "is required");
        }
        if (command.details() == null || command.details().address() == null) {
            throw new InvalidField("address", "is required");
        }
        if (command.reactivate() != null && command.overrule() != null) {
            throw new InvalidField("reactivate", "give either reactivate or overrule, not both");
        }
        String unitCode = command.details().address().unitCode();
        if (unitCode == null || unitCode.isBlank()) {
            throw new InvalidField("address.unitCode", "is required: the commune the point is in");
        }
        Unit unit = units.find(unitCode.strip()).orElseThrow(() -> new InvalidField("address.unitCode",
                "unknown unit " + unitCode.strip()));
        if (unit.level() != UnitLevel.COMMUNE) {
            throw new InvalidField("address.unitCode", unit.code() + " is a " + unit.level()
                    + "; a point belongs to the commune it is in");
        }
        scope.requireCapture(unit);
        Hotspot.Context context = changing.context(scope);
        HotspotDetails details = command.details().toDetails(command.kind(), false, context.today());
        String id = UUID.randomUUID().toString();
        // judged before the look-up, so that a refused addition says why before any match is disclosed
        Hotspot.Change change = Hotspot.add(id, command.kind(), details, unit.code(), unit.path(), command.step(),
                command.overrule(), context);

        Set<String> keys = details.matchKeys(unit.provinceCode());
        List<WatchedMatch> matches = hotspots.watchedMatching(keys, MAX_MATCHES);
        if (command.reactivate() != null) {
            WatchedMatch match = matchNamed(matches, command.reactivate(), "reactivate");
            Hotspot.Step step = new Hotspot.Step(HotspotReason.NEW_REPORT_AT_SAME_PLACE, command.step().businessDate(),
                    command.step().documentRef(), command.step().note());
            Hotspot old = changing.handle(match.card().id(), null, command.purpose(), scope, (h, c) ->
                    h.reactivate(step, match.matchedOn(), details, c));
            return new Outcome(old, true);
        }
        if (command.overrule() != null) {
            matchNamed(matches, command.overrule().matchedId(), "overrule.matchedId");
        } else if (!matches.isEmpty()) {
            matches.forEach(m -> audit.disclosed(scope, m.card().id(), m.card(), "watched point matching a new report on "
                    + m.matchedOn()));
            throw new WatchedPointMatch(matches.stream().map(m -> shown(m, scope)).toList());
        }
        Hotspot hotspot = change.hotspot();
        String extra = command.overrule() == null ? null : "overruled watched point " + command.overrule().matchedId()
                + ": " + ((HotspotAdded) change.newEntries().getFirst().event()).overruledMatch().reason();
        hotspots.add(hotspot, change.newEntries(), audit.change(scope, hotspot, AuditAction.REGISTER,
                change.newEntries(), extra, command.purpose()));
        return new Outcome(hotspot, false);
    }

    private static WatchedMatch matchNamed(List<WatchedMatch> matches, String id, String field) {
        return matches.stream().filter(m -> m.card().id().equals(id)).findFirst().orElseThrow(() ->
                new RuleViolation("watched-point/not-a-match", "Point " + id + " (" + field + ") is not a watched "
                        + "point matching this report's licence, address or online handle").with("field", field));
    }

    /** A match as far as the caller may see it: the whole card in view, else only the managing unit (and the id). */
    private Map<String, Object> shown(WatchedMatch match, TenantScope scope) {
        HotspotCard card = match.card();
        Unit unit = units.require(card.unitCode());
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("id", card.id());
        if (scope.canView(unit)) {
            shown.put("kind", card.kind());
            shown.put("status", card.status());
            shown.put("name", card.name());
            shown.put("address", card.address());
            shown.put("unitCode", card.unitCode());
        } else {
            shown.put("unitCode", unit.code());
            shown.put("unitName", unit.name());
            shown.put("shown", "watched point managed by unit " + unit.code() + " (" + unit.name() + ")");
        }
        shown.put("matchedOn", match.matchedOn());
        return shown;
    }
}
