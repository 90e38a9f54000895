package vn.drugctl.hotspot.arrest.web;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.drugctl.hotspot.arrest.domain.HotspotEffectKind;
import vn.drugctl.hotspot.arrest.domain.Incident;
import vn.drugctl.hotspot.arrest.domain.IncidentDetails;
import vn.drugctl.hotspot.arrest.domain.IncidentHistoryEntry;
import vn.drugctl.hotspot.arrest.domain.IncidentState;
import vn.drugctl.hotspot.arrest.domain.OutcomeKind;
import vn.drugctl.hotspot.arrest.domain.SubstanceKind;
import vn.drugctl.hotspot.arrest.domain.SuspectAct;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An incident as the API shows it: state now with the Vietnamese labels, and the whole history. */
public record IncidentResponse(String id, String unitCode, List<String> unitPath, long version, String occurredAt,
                               LocalDate businessDate, Place place, List<String> unitCodes, List<SuspectView> suspects,
                               List<SeizureView> seizures, long moneyVnd, int vehicles, String vehiclesDescription,
                               int phones, String phonesDescription, String summary, OutcomeView outcome,
                               List<EffectView> hotspotEffects, List<HistoryView> history) {

    public record Place(String road, String village, String unitCode) {
    }

    public record SuspectView(String suspectId, String personId, String fullName, LocalDate birthDate,
                              Integer birthYear, String residence, String residenceProvinceCode,
                              String residenceUnitCode, List<ActView> acts, String actNote) {
    }

    public record ActView(SuspectAct code, String label) {
    }

    public record SeizureView(SubstanceKind kind, String kindLabel, String name, String grams, String suspectId) {
    }

    public record OutcomeView(OutcomeKind kind, String label, String caseNumber, List<String> defendants,
                              String sanctionDecisionRef, LocalDate decidedOn) {
    }

    public record EffectView(String hotspotId, HotspotEffectKind effect, String label) {
    }

    public record HistoryView(String eventId, String eventType, LocalDate businessDate, Instant recordedAt,
                              String actor, String actorUnitCode, JsonNode payload) {
    }

    static IncidentResponse of(Incident incident, JsonMapper json) {
        IncidentState s = incident.state();
        IncidentDetails d = s.details();
        return new IncidentResponse(incident.id(), incident.unitCode(), incident.unitPath(), incident.version(),
                d.occurredAt(), d.businessDate(), new Place(d.place().road(), d.place().village(), d.place().unitCode()),
                d.unitCodes(),
                d.suspects().stream().map(x -> new SuspectView(x.suspectId(), x.personId(), x.fullName(),
                        x.birthDate(), x.birthYear(), x.residence() == null ? null : x.residence().text(),
                        x.residence() == null ? null : x.residence().provinceCode(),
                        x.residence() == null ? null : x.residence().unitCode(),
                        x.acts().stream().map(a -> new ActView(a, a.label())).toList(), x.actNote())).toList(),
                d.seizures().stream().map(z -> new SeizureView(z.kind(), z.kind().label(), z.name(), z.grams(),
                        z.suspectId())).toList(),
                d.property().moneyVnd(), d.property().vehicles(), d.property().vehiclesDescription(),
                d.property().phones(), d.property().phonesDescription(), d.summary(),
                new OutcomeView(s.outcome().kind(), s.outcome().kind().label(), s.outcome().caseNumber(),
                        s.outcome().defendants(), s.outcome().sanctionDecisionRef(), s.outcome().decidedOn()),
                s.hotspotEffects().stream().map(e -> new EffectView(e.hotspotId(), e.effect(), e.effect().label()))
                        .toList(),
                incident.history().stream().map(h -> history(h, json)).toList());
    }

    private static HistoryView history(IncidentHistoryEntry h, JsonMapper json) {
        return new HistoryView(h.eventId(), h.event().eventType(), h.event().businessDate(), h.recordedAt(),
                h.actor().username(), h.actor().unitCode(), json.valueToTree(h.event()));
    }
}
