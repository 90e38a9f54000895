package vn.drugctl.reporting.hotspot.domain;

import static vn.drugctl.reporting.hotspot.domain.HotspotMeasures.token;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import vn.drugctl.reporting.ledger.domain.Ledger;
import vn.drugctl.reporting.ledger.domain.ProjectedEvent;
import vn.drugctl.reporting.ledger.domain.ProjectedHistory;
import vn.drugctl.reporting.ledger.domain.Projector;

/**
 * The ledger of one incident (vụ bắt giữ; event contract {@code hotspot.events.v1}, incident events): flows only,
 * no stock. Names of the measures: {@link HotspotMeasures}. Pure and deterministic.
 *
 * <p><b>What is read.</b> Events of a known type with schema version 1, each {@code eventId} once, by
 * {@code sequence}; {@code SuspectArrested} and {@code ResidentArrested} are for other services and contribute
 * nothing. The details in force are those of the latest (by {@code sequence}) {@code IncidentRecorded} or
 * {@code IncidentCorrected}: a correction replaces the details, it never adds to them, so the ledger is stated from
 * the final details and a correction can neither count an incident, a suspect or a seizure twice nor leave a wrong
 * one behind. The outcome in force is the latest one carried by {@code IncidentRecorded} or
 * {@code IncidentOutcomeRecorded}.
 *
 * <p><b>Details flows</b>, written once, at the local date of {@code details.occurredAt} (the event's
 * {@code businessDate} when it is missing or unreadable) and the unit of the event that gave the details:
 * {@code A:incidents} 1; {@code A:suspects} the number of suspects; {@code A:suspects:act:<act>} the suspects with
 * that act (once per suspect and act); {@code A:suspects:otherProvince} the suspects whose
 * {@code residence.provinceCode} is given and is not the first element of that event's {@code unitPath}; per
 * substance kind the exact milligrams seized (grams are decimal text with 3 decimals, read as {@link BigDecimal},
 * never a binary floating point number; a weight that is not a positive whole number of milligrams is left out);
 * money (whole đồng), vehicles and phones.
 *
 * <p><b>Outcome flows</b>, at the outcome's {@code decidedOn} (the business date of the event that carried it when
 * absent) and that event's unit: {@code PROSECUTED} gives {@code A:prosecuted:incidents} 1 and
 * {@code A:prosecuted:defendants} the number of distinct defendants; {@code ADMINISTRATIVE} gives
 * {@code A:administrative:incidents} 1; {@code PENDING} nothing. Without an {@code IncidentRecorded} or
 * {@code IncidentCorrected} at hand, only the outcome is written.
 */
public final class IncidentProjector implements Projector {
    static final String INCIDENT_RECORDED = "IncidentRecorded";
    static final String INCIDENT_OUTCOME_RECORDED = "IncidentOutcomeRecorded";
    static final String INCIDENT_CORRECTED = "IncidentCorrected";
    static final String SUSPECT_ARRESTED = "SuspectArrested";
    static final String RESIDENT_ARRESTED = "ResidentArrested";

    /** The event types this projector reads (schema version 1 of each). */
    static final Set<String> KNOWN_TYPES = Set.of(INCIDENT_RECORDED, INCIDENT_OUTCOME_RECORDED, INCIDENT_CORRECTED,
            SUSPECT_ARRESTED, RESIDENT_ARRESTED);

    static final String PROSECUTED = "PROSECUTED";
    static final String ADMINISTRATIVE = "ADMINISTRATIVE";

    @Override
    public Ledger ledger(List<ProjectedEvent> events) {
        ProjectedEvent detailsEvent = null;
        ProjectedEvent outcomeEvent = null;
        for (ProjectedEvent e : ProjectedHistory.readable(events, KNOWN_TYPES)) {
            if (e.eventType().equals(INCIDENT_RECORDED) || e.eventType().equals(INCIDENT_CORRECTED)) {
                detailsEvent = e;
            }
            if ((e.eventType().equals(INCIDENT_RECORDED) || e.eventType().equals(INCIDENT_OUTCOME_RECORDED))
                    && !e.object("outcome").isEmpty()) {
                outcomeEvent = e;
            }
        }
        Ledger.Builder ledger = Ledger.builder();
        if (detailsEvent != null) {
            writeDetails(ledger, detailsEvent);
        }
        if (outcomeEvent != null) {
            writeOutcome(ledger, outcomeEvent);
        }
        return ledger.build();
    }

    private static void writeDetails(Ledger.Builder ledger, ProjectedEvent e) {
        Map<String, Object> details = e.object("details");
        String unit = e.unitCode();
        LocalDate date = localDate(details.get("occurredAt"), e.businessDate());
        String province = e.unitPath().isEmpty() ? null : e.unitPath().getFirst();
        ledger.add(unit, date, HotspotMeasures.incidents(), 1);
        for (Map<?, ?> suspect : maps(details.get("suspects"))) {
            ledger.add(unit, date, HotspotMeasures.suspects(), 1);
            Set<String> acts = new LinkedHashSet<>();
            for (Object act : list(suspect.get("acts"))) {
                acts.add(token(act));
            }
            acts.forEach(act -> ledger.add(unit, date, HotspotMeasures.suspectsByAct(act), 1));
            Object provinceCode = suspect.get("residence") instanceof Map<?, ?> r ? r.get("provinceCode") : null;
            if (provinceCode != null && !provinceCode.toString().isBlank()
                    && !provinceCode.toString().equals(province)) {
                ledger.add(unit, date, HotspotMeasures.suspectsOtherProvince(), 1);
            }
        }
        Map<String, Long> milligrams = new TreeMap<>();
        for (Map<?, ?> seizure : maps(details.get("seizures"))) {
            Long mg = milligrams(seizure.get("grams"));
            if (mg != null) {
                milligrams.merge(token(seizure.get("kind")), mg, Long::sum);
            }
        }
        milligrams.forEach((kind, mg) -> ledger.add(unit, date, HotspotMeasures.seizedMilligrams(kind), mg));
        Map<?, ?> property = details.get("property") instanceof Map<?, ?> p ? p : Map.of();
        ledger.add(unit, date, HotspotMeasures.money(), whole(property.get("moneyVnd")));
        ledger.add(unit, date, HotspotMeasures.vehicles(), whole(property.get("vehicles")));
        ledger.add(unit, date, HotspotMeasures.phones(), whole(property.get("phones")));
    }

    private static void writeOutcome(Ledger.Builder ledger, ProjectedEvent e) {
        Map<String, Object> outcome = e.object("outcome");
        Object kind = outcome.get("kind");
        LocalDate date = e.businessDate();
        Object decidedOn = outcome.get("decidedOn");
        if (decidedOn != null) {
            try {
                date = LocalDate.parse(decidedOn.toString());
            } catch (DateTimeParseException ex) {
                // the event's business date stands
            }
        }
        if (PROSECUTED.equals(kind)) {
            Set<String> defendants = new LinkedHashSet<>();
            for (Object d : list(outcome.get("defendants"))) {
                if (d != null) {
                    defendants.add(d.toString());
                }
            }
            ledger.add(e.unitCode(), date, HotspotMeasures.prosecutedIncidents(), 1);
            ledger.add(e.unitCode(), date, HotspotMeasures.prosecutedDefendants(), defendants.size());
        } else if (ADMINISTRATIVE.equals(kind)) {
            ledger.add(e.unitCode(), date, HotspotMeasures.administrativeIncidents(), 1);
        }
    }

    /** The local date of an ISO-8601 date-time with offset, or {@code fallback}. */
    static LocalDate localDate(Object occurredAt, LocalDate fallback) {
        if (occurredAt == null) {
            return fallback;
        }
        try {
            return OffsetDateTime.parse(occurredAt.toString()).toLocalDate();
        } catch (DateTimeParseException ex) {
            return fallback;
        }
    }

    /**
     * Exact milligrams of a weight in grams written as a decimal ({@code "1.250"} → 1250), or {@code null} when it
     * is missing, not a decimal, not positive or finer than a milligram. Never goes through {@code double}.
     */
    static Long milligrams(Object grams) {
        if (grams == null) {
            return null;
        }
        try {
            BigDecimal g = new BigDecimal(grams.toString().trim());
            if (g.signum() <= 0) {
                return null;
            }
            return g.setScale(3, RoundingMode.UNNECESSARY).movePointRight(3).longValueExact();
        } catch (NumberFormatException | ArithmeticException ex) {
            return null;
        }
    }

    private static long whole(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        try {
            return value == null ? 0 : Long.parseLong(value.toString().trim());
        } catch (NumberFormatException ex) {
            return 0;
        }
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }

    private static List<Map<?, ?>> maps(Object value) {
        return list(value).stream().filter(Map.class::isInstance).<Map<?, ?>>map(m -> (Map<?, ?>) m).toList();
    }
}
