package vn.drugctl.reporting.registry.domain;

import static vn.drugctl.reporting.registry.domain.RegistryMeasures.BIRTH_YEAR;
import static vn.drugctl.reporting.registry.domain.RegistryMeasures.CATEGORY;
import static vn.drugctl.reporting.registry.domain.RegistryMeasures.CLASS;
import static vn.drugctl.reporting.registry.domain.RegistryMeasures.DOSSIER;
import static vn.drugctl.reporting.registry.domain.RegistryMeasures.DRUG;
import static vn.drugctl.reporting.registry.domain.RegistryMeasures.LOCATION;
import static vn.drugctl.reporting.registry.domain.RegistryMeasures.METHADONE;
import static vn.drugctl.reporting.registry.domain.RegistryMeasures.MOVED_FROM_ANOTHER_LIST;
import static vn.drugctl.reporting.registry.domain.RegistryMeasures.MOVED_TO_ANOTHER_LIST;
import static vn.drugctl.reporting.registry.domain.RegistryMeasures.NONE;
import static vn.drugctl.reporting.registry.domain.RegistryMeasures.OTHER;
import static vn.drugctl.reporting.registry.domain.RegistryMeasures.PRIOR_CONVICTION;
import static vn.drugctl.reporting.registry.domain.RegistryMeasures.PRIOR_VIOLATION;
import static vn.drugctl.reporting.registry.domain.RegistryMeasures.SYSTEM;
import static vn.drugctl.reporting.registry.domain.RegistryMeasures.TRANSFERRED_IN;
import static vn.drugctl.reporting.registry.domain.RegistryMeasures.TRANSFERRED_OUT;
import static vn.drugctl.reporting.registry.domain.RegistryMeasures.YES;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import vn.drugctl.reporting.ledger.domain.Ledger;
import vn.drugctl.reporting.ledger.domain.ProjectedEvent;
import vn.drugctl.reporting.ledger.domain.ProjectedHistory;
import vn.drugctl.reporting.ledger.domain.ProjectedHistory.Entry;
import vn.drugctl.reporting.ledger.domain.StockSteps;
import vn.drugctl.reporting.ledger.domain.StockSteps.Held;
import vn.drugctl.reporting.ledger.domain.Projector;

/**
 * The ledger of one registry person (event contract {@code registry.events.v1}): list stocks and their breakdowns,
 * list flows, drug tests, sanctions, compulsory-rehab stages and arrests, by managing unit and business date. Names of
 * the measures: {@link RegistryMeasures}. Pure and deterministic: the same events give the same ledger, whatever
 * order corrections arrive in relative to other entries (only the order of corrections of one entry matters).
 *
 * <p><b>Effective history.</b> {@code EntryCorrected} events are not entries of their own: the latest one (by
 * {@code sequence}) naming an entry is in force; a voided entry is left out, an amended one takes the corrected
 * business date and reason when given. Corrections of corrections are ignored. The entries are replayed
 * {@code PersonRegistered} first, then by (effective) business date, ties by {@code sequence}. A repeated
 * {@code eventId} is read once. Unknown event types, and events whose {@code schemaVersion} is not 1 (a payload this
 * projector does not know how to read), are ignored.
 *
 * <p><b>Flows</b> are written at the entry's effective business date and its envelope's {@code unitCode}. The list
 * the person leaves is always the replayed current list, not the one the event names (they differ only when an
 * earlier entry was voided or re-dated): a move while on no list counts as an entry onto the new list with the
 * move's own reason; a move to the list the person is already on, and a departure while on no list, change nothing.
 * A change of managing unit between consecutive entries while on list L is a transfer: {@code removed(L,
 * TRANSFERRED_OUT)} at the old unit, {@code added(L, TRANSFERRED_IN)} at the new one, at the later entry's date.
 *
 * <p><b>Stocks.</b> After the entries of one business date are applied, the person holds a set of (unit, stock
 * measure) keys: on list L at unit U, {@code stock(L)} and each breakdown {@code by(L, dimension, value)}; on no
 * list, none. Each key that appears is +1 and each that disappears is -1 at that date. Since every change of list or
 * unit is written with its flows, for every unit, list and date: the sum of {@code stock(L)} up to the date equals
 * the {@code added(L, *)} flows minus the {@code removed(L, *)} flows up to it (baseline + added - removed = current).
 *
 * <p>Known limit: the unit of an entry is the envelope's, i.e. the unit managing the person when it was recorded; a
 * back-dated entry recorded after a transfer therefore places the transfer at its (earlier) business date.
 * A token (list, reason, value) that is missing is written {@code UNKNOWN}; characters a measure name cannot hold
 * are replaced by '_'.
 */
public final class PersonProjector implements Projector {
    static final String PERSON_REGISTERED = "PersonRegistered";
    static final String PERSON_DETAILS_CHANGED = "PersonDetailsChanged";
    static final String PERSON_MOVED_TO_LIST = "PersonMovedToList";
    static final String PERSON_LEFT_LIST = "PersonLeftList";
    static final String PERSON_FLAG_SET = "PersonFlagSet";
    static final String PERSON_FLAG_CLEARED = "PersonFlagCleared";
    static final String ADDICT_LOCATION_CHANGED = "AddictLocationChanged";
    static final String DRUG_TEST_RECORDED = "DrugTestRecorded";
    static final String SANCTION_RECORDED = "SanctionRecorded";
    static final String REHAB_DOSSIER_CHANGED = "RehabDossierChanged";
    static final String PERSON_MARKED_MOVED_AWAY = "PersonMarkedMovedAway";
    static final String PERSON_MOVE_VERIFIED = "PersonMoveVerified";
    static final String PERSON_RETURNED = "PersonReturned";
    static final String ENTRY_CORRECTED = "EntryCorrected";
    static final String PERSON_ARRESTED = "PersonArrested";

    /** The event types this projector reads (schema version 1 of each). */
    static final Set<String> KNOWN_TYPES = Set.of(PERSON_REGISTERED, PERSON_DETAILS_CHANGED, PERSON_MOVED_TO_LIST,
            PERSON_LEFT_LIST, PERSON_FLAG_SET, PERSON_FLAG_CLEARED, ADDICT_LOCATION_CHANGED, DRUG_TEST_RECORDED,
            SANCTION_RECORDED, REHAB_DOSSIER_CHANGED, PERSON_MARKED_MOVED_AWAY, PERSON_MOVE_VERIFIED,
            PERSON_RETURNED, ENTRY_CORRECTED, PERSON_ARRESTED);

    static final String ADDICT = "ADDICT";
    static final String COMMUNITY = "COMMUNITY";
    static final String UNKNOWN = "UNKNOWN";
    static final String METHADONE_FLAG = "METHADONE";

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_\\-]{1,60}");
    private static final Pattern BAD_CHARS = Pattern.compile("[^A-Za-z0-9_\\-]");

    @Override
    public Ledger ledger(List<ProjectedEvent> events) {
        List<Entry> entries = effectiveHistory(events);
        Replay replay = new Replay();
        ProjectedHistory.replayByDay(entries, replay::apply, replay::closeDate);
        replay.writeArrests();
        return replay.ledger.build();
    }

    /**
     * The person's details in force at the end of {@code date}: the payload of the latest {@code PersonRegistered} or
     * {@code PersonDetailsChanged} of the effective history dated on or before it (the registration always counts,
     * whatever its date: a person may be entered after the facts), read as the ledger reads them (corrections applied;
     * a voided or re-dated change counts as such). Empty for a history without a registration.
     */
    public static Map<String, Object> detailsAt(List<ProjectedEvent> events, LocalDate date) {
        Map<String, Object> details = Map.of();
        for (Entry entry : effectiveHistory(events)) {
            if (entry.type().equals(PERSON_REGISTERED)
                    || entry.type().equals(PERSON_DETAILS_CHANGED) && !entry.date().isAfter(date)) {
                details = entry.event().payload();
            }
        }
        return details;
    }

    private static List<Entry> effectiveHistory(List<ProjectedEvent> events) {
        return ProjectedHistory.of(ProjectedHistory.readable(events, KNOWN_TYPES), ENTRY_CORRECTED,
                PERSON_REGISTERED, false);
    }

    /** A list name, reason or value as a measure-name token. */
    static String token(String value) {
        if (value == null || value.isBlank()) {
            return UNKNOWN;
        }
        if (TOKEN.matcher(value).matches()) {
            return value;
        }
        String cleaned = BAD_CHARS.matcher(value).replaceAll("_");
        return cleaned.length() > 60 ? cleaned.substring(0, 60) : cleaned;
    }

    /** The person's state as the entries are replayed, and the ledger written so far. */
    private static final class Replay {
        final Ledger.Builder ledger = Ledger.builder();
        String unit;
        String list;
        String location;
        final Set<String> flags = new HashSet<>();
        Map<String, Object> details = Map.of();
        final StockSteps stocks = new StockSteps();
        /** Latest arrest report per (incidentId, suspectId), by sequence. */
        final Map<List<String>, Entry> arrests = new HashMap<>();

        void flow(Entry at, String measure) {
            ledger.add(at.unit(), at.date(), measure, 1);
        }

        void apply(Entry entry) {
            ProjectedEvent e = entry.event();
            if (unit != null && !unit.equals(entry.unit()) && list != null) {
                ledger.add(unit, entry.date(), RegistryMeasures.removed(list, TRANSFERRED_OUT), 1);
                ledger.add(entry.unit(), entry.date(), RegistryMeasures.added(list, TRANSFERRED_IN), 1);
            }
            unit = entry.unit();
            switch (entry.type()) {
                case PERSON_REGISTERED -> {
                    details = e.payload();
                    flow(entry, RegistryMeasures.registered());
                }
                case PERSON_DETAILS_CHANGED -> details = e.payload();
                case PERSON_MOVED_TO_LIST -> moveTo(entry, e.text("toList"));
                case PERSON_LEFT_LIST -> {
                    if (list != null) {
                        flow(entry, RegistryMeasures.removed(list, token(entry.reason())));
                        list = null;
                        location = null;
                    }
                }
                case PERSON_FLAG_SET -> flags.add(token(e.text("flag")));
                case PERSON_FLAG_CLEARED -> flags.remove(token(e.text("flag")));
                case ADDICT_LOCATION_CHANGED -> {
                    if (ADDICT.equals(list) && e.text("to") != null) {
                        location = token(e.text("to"));
                    }
                }
                case DRUG_TEST_RECORDED -> {
                    String result = e.text("result");
                    if ("POSITIVE".equals(result) || "NEGATIVE".equals(result)) {
                        flow(entry, RegistryMeasures.tests());
                        String person = e.text("personId");
                        if (person != null) {
                            flow(entry, RegistryMeasures.testsOf(token(person)));
                        }
                        if ("POSITIVE".equals(result)) {
                            flow(entry, RegistryMeasures.positives());
                            if (person != null) {
                                flow(entry, RegistryMeasures.positivesOf(token(person)));
                            }
                        }
                    } else if ("NOT_TESTED".equals(result)) {
                        flow(entry, RegistryMeasures.notTested());
                    }
                }
                case SANCTION_RECORDED -> flow(entry, e.flag("issued") ? RegistryMeasures.sanctionsIssued()
                        : RegistryMeasures.sanctionsNotIssued(token(e.text("notIssuedReason"))));
                case REHAB_DOSSIER_CHANGED -> flow(entry, RegistryMeasures.rehabStage(token(e.text("stage"))));
                case PERSON_ARRESTED -> {
                    List<String> key = Arrays.asList(e.text("incidentId"), e.text("suspectId"));
                    Entry earlier = arrests.get(key);
                    if (earlier == null || earlier.event().sequence() < e.sequence()) {
                        arrests.put(key, entry);
                    }
                }
                default -> {
                    // moved away / verified / returned: no measure of their own
                }
            }
        }

        void moveTo(Entry entry, String rawTo) {
            if (rawTo == null) {
                return;
            }
            String to = token(rawTo);
            if (to.equals(list)) {
                return;
            }
            if (list == null) {
                flow(entry, RegistryMeasures.added(to, token(entry.reason())));
            } else {
                flow(entry, RegistryMeasures.removed(list, MOVED_TO_ANOTHER_LIST));
                flow(entry, RegistryMeasures.added(to, MOVED_FROM_ANOTHER_LIST));
                flow(entry, RegistryMeasures.moved(list, to));
            }
            list = to;
            location = ADDICT.equals(to) ? COMMUNITY : null;
        }

        /** Writes the stock steps of {@code date}: the keys held now against those held after the previous date. */
        void closeDate(LocalDate date) {
            stocks.close(ledger, date, stockKeys());
        }

        /** The stock keys (unit, measure) the state holds. */
        Set<Held> stockKeys() {
            if (list == null || unit == null) {
                return Set.of();
            }
            Set<String> measures = new TreeSet<>();
            measures.add(RegistryMeasures.stock(list));
            Object birthYear = details.get("birthYear");
            if (birthYear != null) {
                String year = birthYear instanceof Number n ? Long.toString(n.longValue()) : birthYear.toString();
                measures.add(RegistryMeasures.by(list, BIRTH_YEAR, token(year)));
            }
            for (String v : priorValues(details.get("priorConvictions"))) {
                measures.add(RegistryMeasures.by(list, PRIOR_CONVICTION, v));
            }
            for (String v : priorValues(details.get("priorViolations"))) {
                measures.add(RegistryMeasures.by(list, PRIOR_VIOLATION, v));
            }
            if (details.get("surveillance") instanceof Map<?, ?> s) {
                addIfPresent(measures, CATEGORY, s.get("category"));
                addIfPresent(measures, SYSTEM, s.get("system"));
                addIfPresent(measures, CLASS, s.get("profileClass"));
            }
            if (ADDICT.equals(list) && location != null) {
                measures.add(RegistryMeasures.by(list, LOCATION, location));
            }
            if (flags.contains(METHADONE_FLAG)) {
                measures.add(RegistryMeasures.by(list, METHADONE, YES));
            }
            addIfPresent(measures, DOSSIER, details.get("managementDossier"));
            Set<Held> keys = new HashSet<>();
            for (String m : measures) {
                keys.add(new Held(unit, m));
            }
            return keys;
        }

        private void addIfPresent(Set<String> measures, String dimension, Object value) {
            if (value != null && !value.toString().isBlank()) {
                measures.add(RegistryMeasures.by(list, dimension, token(value.toString())));
            }
        }

        /** Writes one arrest per (incident, suspect): the latest report's date and unit. */
        void writeArrests() {
            for (Entry a : arrests.values()) {
                flow(a, RegistryMeasures.arrests());
            }
        }
    }

    private static List<String> priorValues(Object records) {
        Map<?, ?> m = records instanceof Map<?, ?> map ? map : Map.of();
        List<String> values = new ArrayList<>(2);
        if (count(m.get("drug")) > 0) {
            values.add(DRUG);
        }
        if (count(m.get("other")) > 0) {
            values.add(OTHER);
        }
        if (values.isEmpty()) {
            values.add(NONE);
        }
        return values;
    }

    private static long count(Object v) {
        if (v instanceof Number n) {
            return n.longValue();
        }
        try {
            return v == null ? 0 : Long.parseLong(v.toString().trim());
        } catch (NumberFormatException ex) {
            return 0;
        }
    }
}
