package vn.drugctl.reporting.drugfree.application;

import vn.drugctl.common.domain.InvalidField;
import vn.drugctl.common.domain.NotFound;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.Unit;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.common.tenancy.UnitLevel;
import vn.drugctl.reporting.drugfree.domain.CommuneEvaluation;
import vn.drugctl.reporting.drugfree.domain.Criterion;
import vn.drugctl.reporting.drugfree.domain.DrugFreeRuleBook;
import vn.drugctl.reporting.drugfree.domain.Figures;
import vn.drugctl.reporting.drugfree.domain.RecordFinder;
import vn.drugctl.reporting.drugfree.domain.RecordRef;
import vn.drugctl.reporting.drugfree.domain.TargetBook;
import vn.drugctl.reporting.drugfree.domain.YearProgress;
import vn.drugctl.reporting.hotspot.domain.HotspotMeasures;
import vn.drugctl.reporting.ledger.application.Counters;
import vn.drugctl.reporting.ledger.application.LedgerRecords;
import vn.drugctl.reporting.ledger.application.LedgerRecords.Share;
import vn.drugctl.reporting.ledger.application.StoredAggregate;
import vn.drugctl.reporting.ledger.domain.LedgerKey;
import vn.drugctl.reporting.ledger.domain.ProjectedEvent;
import vn.drugctl.reporting.registry.domain.RegistryMeasures;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Judges the communes of a unit's subtree for a year, and a unit's share of drug-free communes over years, for
 * callers whose view contains the unit.
 *
 * <p><b>Dates.</b> A year is evaluated on its 31 December, or today for the current year ({@code asOf}): stocks (active
 * points, people on a list) at the end of {@code asOf}, flows (new addicts, arrests) from 1 January to it; the rule
 * set is the one in force on {@code asOf}. The communes evaluated are those of the subtree valid on {@code asOf}.
 *
 * <p><b>Sources.</b> A commune's numbers come from the report ledger's counters of that commune (one read per commune
 * and year), except the arrests of residents who are not registry persons: the counters do not hold them
 * ({@code ResidentArrested} adds nothing to the ledger, and an incident's suspects are counted at the capturing unit,
 * not where they live), so they are read from the province's incidents of the year (their latest details: suspects
 * without a registry {@code personId} whose {@code residence.unitCode} is the commune). The records behind a failed
 * criterion come from {@link LedgerRecords}; only ids, names, dates and what the criterion is about are shown, ordered
 * by date, then kind, then id.
 */
public class DrugFreeEvaluations {
    /** The earliest year that can be evaluated. */
    public static final int EARLIEST_YEAR = 2000;
    /** The most years one progress request may span. */
    public static final int MAX_YEARS = 30;

    private static final Set<String> PERSON_DETAILS = Set.of("PersonRegistered", "PersonDetailsChanged");
    private static final Set<String> HOTSPOT_DETAILS = Set.of("HotspotAdded", "HotspotDetailsChanged");
    private static final Set<String> INCIDENT_DETAILS = Set.of("IncidentRecorded", "IncidentCorrected");

    private final Counters counters;
    private final LedgerRecords records;
    private final UnitCatalogue units;
    private final DrugFreeRuleBook rules;
    private final TargetBook targets;
    private final Supplier<LocalDate> today;

    public DrugFreeEvaluations(Counters counters, LedgerRecords records, UnitCatalogue units, DrugFreeRuleBook rules,
                               TargetBook targets, Supplier<LocalDate> today) {
        this.counters = counters;
        this.records = records;
        this.units = units;
        this.rules = rules;
        this.targets = targets;
        this.today = today;
    }

    /**
     * @param year the year (null: the current one)
     * @throws NotFound                                       the unit is not in the catalogue (404)
     * @throws vn.drugctl.common.tenancy.OutOfScopeException the caller's view does not contain it (403)
     * @throws InvalidField                                   naming {@code year}: before 2000, in the future, or a
     *                                                        commune not valid on the evaluation date (400)
     */
    public DrugFreeReport evaluate(String unitCode, Integer year, TenantScope scope) {
        Unit unit = viewable(unitCode, scope);
        LocalDate now = today.get();
        int y = year == null ? now.getYear() : year;
        checkYear("year", y, now);
        LocalDate asOf = asOf(y, now);
        List<Unit> communes = communes(unit, asOf);
        if (unit.level() == UnitLevel.COMMUNE && communes.isEmpty()) {
            throw new InvalidField("year", unit.code() + " is not a valid commune on " + asOf + " (valid from "
                    + unit.validFrom() + (unit.validTo() == null ? "" : " to " + unit.validTo()) + ")");
        }
        DrugFreeRuleBook.RuleSet set = rules.at(asOf);
        List<CommuneEvaluation> evaluations = judge(unit, communes, set, y, asOf, true);
        int passed = (int) evaluations.stream().filter(CommuneEvaluation::drugFree).count();
        return new DrugFreeReport(unit.code(), unit.name(), unit.level(), y, asOf,
                new DrugFreeReport.RuleSetRef(set.id(), set.effectiveFrom(), set.source()), evaluations.size(),
                passed, share(passed, evaluations.size()), evaluations);
    }

    /**
     * @param fromYear the first year (null: {@code toYear - 4}, not before the unit exists or 2000)
     * @param toYear   the last year (null: the current one)
     * @throws InvalidField naming {@code fromYear} or {@code toYear} (400)
     */
    public DrugFreeProgress progress(String unitCode, Integer fromYear, Integer toYear, TenantScope scope) {
        Unit unit = viewable(unitCode, scope);
        LocalDate now = today.get();
        int to = toYear == null ? now.getYear() : toYear;
        checkYear("toYear", to, now);
        int from = fromYear == null ? Math.max(Math.max(EARLIEST_YEAR, unit.validFrom().getYear()), to - 4) : fromYear;
        checkYear("fromYear", from, now);
        if (from > to) {
            throw new InvalidField("fromYear", "must not be after toYear (" + to + ")");
        }
        if (to - from + 1 > MAX_YEARS) {
            throw new InvalidField("fromYear", "a progress spans at most " + MAX_YEARS + " years");
        }
        List<YearProgress> years = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            LocalDate asOf = asOf(y, now);
            List<Unit> communes = communes(unit, asOf);
            int passed = 0;
            if (!communes.isEmpty()) {
                DrugFreeRuleBook.RuleSet set = rules.at(asOf);
                passed = (int) judge(unit, communes, set, y, asOf, false).stream()
                        .filter(CommuneEvaluation::drugFree).count();
            }
            years.add(YearProgress.judge(targets, y, asOf, communes.size(), passed));
        }
        YearProgress last = years.getLast();
        Boolean onTrack = switch (last.status()) {
            case ON_TRACK -> true;
            case BEHIND -> false;
            default -> null;
        };
        Optional<TargetBook.Programme> programme = targets.at(last.asOf());
        List<DrugFreeProgress.MilestoneStatus> milestones = new ArrayList<>();
        programme.ifPresent(p -> p.milestones().forEach(m -> milestones.add(
                new DrugFreeProgress.MilestoneStatus(m.by(), m.percent(), milestoneStatus(m, years, now)))));
        return new DrugFreeProgress(unit.code(), unit.name(), from, to, years, onTrack,
                programme.map(TargetBook.Programme::id).orElse(null),
                programme.map(TargetBook.Programme::source).orElse(null), milestones);
    }

    private static String milestoneStatus(TargetBook.Milestone m, List<YearProgress> years, LocalDate now) {
        if (m.by().isAfter(now)) {
            return "PENDING";
        }
        for (YearProgress y : years) {
            for (YearProgress.MilestoneCheck c : y.milestones()) {
                if (c.by().equals(m.by()) && c.judged()) {
                    return Boolean.TRUE.equals(c.met()) ? "MET" : "MISSED";
                }
            }
        }
        return "OUTSIDE_RANGE";
    }

    private Unit viewable(String unitCode, TenantScope scope) {
        Unit unit = units.find(unitCode).orElseThrow(() -> new NotFound("Unit", "No unit " + unitCode
                + " in the unit catalogue"));
        scope.requireView(unit);
        return unit;
    }

    private static void checkYear(String name, int year, LocalDate now) {
        if (year < EARLIEST_YEAR) {
            throw new InvalidField(name, "must not be before " + EARLIEST_YEAR);
        }
        if (year > now.getYear()) {
            throw new InvalidField(name, "must not be in the future (this year is " + now.getYear() + ")");
        }
    }

    private static LocalDate asOf(int year, LocalDate now) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return end.isAfter(now) ? now : end;
    }

    /** The communes of the unit's subtree valid on {@code asOf}, in catalogue order. */
    private List<Unit> communes(Unit unit, LocalDate asOf) {
        return units.subtree(unit.code()).stream()
                .filter(u -> u.level() == UnitLevel.COMMUNE && u.isValidOn(asOf)).toList();
    }

    private List<CommuneEvaluation> judge(Unit unit, List<Unit> communes, DrugFreeRuleBook.RuleSet set, int year,
                                          LocalDate asOf, boolean withRecords) {
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        boolean needsResidents = set.criteria().stream().anyMatch(c -> c instanceof Criterion.ResidentArrests);
        Map<String, List<RecordRef>> residents = needsResidents
                ? residentsArrestedOutsideRegistry(unit.provinceCode(), yearStart, asOf) : Map.of();
        List<CommuneEvaluation> evaluations = new ArrayList<>();
        for (Unit commune : communes) {
            Counters.Sums sums = counters.sum(commune.code(), yearStart, asOf);
            List<RecordRef> arrestedResidents = residents.getOrDefault(commune.code(), List.of());
            Figures figures = new Figures() {
                @Override
                public long stockAt(String measure) {
                    return sums.upTo(measure);
                }

                @Override
                public long flowInYear(String measure) {
                    return sums.during(measure);
                }

                @Override
                public long arrestedResidentsOutsideRegistry() {
                    return arrestedResidents.size();
                }
            };
            RecordFinder finder = withRecords
                    ? new CommuneRecords(commune.code(), yearStart, asOf, arrestedResidents) : RecordFinder.NONE;
            evaluations.add(set.evaluate(commune.code(), commune.name(), figures, finder));
        }
        return evaluations;
    }

    /**
     * Per commune code, the suspects of the province's incidents dated in {@code [from, to]} who live there and are not
     * registry persons (a registry person's arrest is counted by {@code A:arrested} where the person is managed).
     */
    private Map<String, List<RecordRef>> residentsArrestedOutsideRegistry(String province, LocalDate from,
                                                                           LocalDate to) {
        List<String> codes = units.subtree(province).stream().map(Unit::code).toList();
        Map<String, List<RecordRef>> byResidence = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Share share : records.shares(codes, HotspotMeasures.suspects(), false, from, to)) {
            if (!"incident".equals(share.kind()) || !seen.add(share.aggregateId())) {
                continue;
            }
            ProjectedEvent details = latest(share.aggregate(), INCIDENT_DETAILS);
            if (details == null) {
                continue;
            }
            Map<String, Object> d = details.object("details");
            LocalDate date = localDate(d.get("occurredAt"), details.businessDate());
            if (d.get("suspects") instanceof List<?> suspects) {
                for (Object o : suspects) {
                    if (!(o instanceof Map<?, ?> suspect) || !blank(suspect.get("personId"))) {
                        continue;
                    }
                    Object residence = suspect.get("residence") instanceof Map<?, ?> r ? r.get("unitCode") : null;
                    if (!blank(residence)) {
                        byResidence.computeIfAbsent(residence.toString(), k -> new ArrayList<>())
                                .add(new RecordRef("incident", share.aggregateId(), text(suspect.get("fullName")),
                                        date, "suspect " + text(suspect.get("suspectId"))
                                        + " arrested, not a registry person"));
                    }
                }
            }
        }
        return byResidence;
    }

    /** The records behind a failed criterion of one commune. */
    private final class CommuneRecords implements RecordFinder {
        private final String commune;
        private final LocalDate yearStart;
        private final LocalDate asOf;
        private final List<RecordRef> arrestedResidents;

        CommuneRecords(String commune, LocalDate yearStart, LocalDate asOf, List<RecordRef> arrestedResidents) {
            this.commune = commune;
            this.yearStart = yearStart;
            this.asOf = asOf;
            this.arrestedResidents = arrestedResidents;
        }

        @Override
        public List<RecordRef> behind(Criterion criterion) {
            List<RecordRef> found = new ArrayList<>();
            switch (criterion) {
                case Criterion.ActiveHotspots c -> {
                    for (String kind : c.hotspotKinds()) {
                        for (boolean licensed : new boolean[]{true, false}) {
                            for (Share s : stock(HotspotMeasures.hotspots(kind, licensed))) {
                                found.add(new RecordRef("hotspot", s.aggregateId(), hotspotName(s.aggregate()),
                                        since(s), kind + (licensed ? ", in a licensed business" : "")));
                            }
                        }
                    }
                }
                case Criterion.NewOnList c -> {
                    for (String reason : c.entryReasons()) {
                        for (Share s : flow(RegistryMeasures.added(c.list(), reason))) {
                            found.add(person(s, flowDate(s), c.list() + ", " + reason));
                        }
                    }
                    for (String fromList : c.fromLists()) {
                        for (Share s : flow(RegistryMeasures.moved(fromList, c.list()))) {
                            found.add(person(s, flowDate(s), c.list() + ", moved from " + fromList));
                        }
                    }
                }
                case Criterion.WithoutDossier c -> {
                    for (String list : c.lists()) {
                        Set<String> accepted = new HashSet<>();
                        for (String dossier : c.acceptedDossiers()) {
                            stock(RegistryMeasures.by(list, RegistryMeasures.DOSSIER, dossier))
                                    .forEach(s -> accepted.add(s.aggregateId()));
                        }
                        for (Share s : stock(RegistryMeasures.stock(list))) {
                            if (!accepted.contains(s.aggregateId())) {
                                ProjectedEvent details = latest(s.aggregate(), PERSON_DETAILS);
                                Object dossier = details == null ? null : details.payload().get("managementDossier");
                                found.add(person(s, since(s), list + ", management dossier "
                                        + (blank(dossier) ? "not given" : dossier)));
                            }
                        }
                    }
                }
                case Criterion.ResidentArrests c -> {
                    for (Share s : flow(RegistryMeasures.arrests())) {
                        found.add(person(s, flowDate(s), "arrested, registry person"));
                    }
                    found.addAll(arrestedResidents);
                }
            }
            found.sort(Comparator.comparing(RecordRef::date, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(RecordRef::kind).thenComparing(RecordRef::id)
                    .thenComparing(r -> r.note() == null ? "" : r.note()));
            return found;
        }

        private List<Share> stock(String measure) {
            return records.shares(List.of(commune), measure, false, null, asOf).stream()
                    .filter(s -> s.amount() > 0).toList();
        }

        private List<Share> flow(String measure) {
            return records.shares(List.of(commune), measure, false, yearStart, asOf).stream()
                    .filter(s -> s.amount() > 0).toList();
        }

        /** The latest date in the year the share's measure flowed at the commune. */
        private LocalDate flowDate(Share s) {
            return lastDate(s, yearStart, false);
        }

        /** The latest date up to {@code asOf} the record entered the stock at the commune. */
        private LocalDate since(Share s) {
            return lastDate(s, null, true);
        }

        private LocalDate lastDate(Share s, LocalDate from, boolean entriesOnly) {
            LocalDate last = null;
            for (Map.Entry<LedgerKey, Long> e : s.aggregate().ledger().amounts().entrySet()) {
                LedgerKey k = e.getKey();
                if (k.unitCode().equals(commune) && k.measure().equals(s.measure()) && !k.date().isAfter(asOf)
                        && (from == null || !k.date().isBefore(from)) && (!entriesOnly || e.getValue() > 0)
                        && (last == null || k.date().isAfter(last))) {
                    last = k.date();
                }
            }
            return last;
        }

        private RecordRef person(Share s, LocalDate date, String note) {
            ProjectedEvent details = latest(s.aggregate(), PERSON_DETAILS);
            return new RecordRef("person", s.aggregateId(), details == null ? null : details.text("fullName"), date,
                    note);
        }
    }

    private static String hotspotName(StoredAggregate a) {
        ProjectedEvent e = latest(a, HOTSPOT_DETAILS);
        Object name = e == null ? null : e.object("details").get("name");
        return name == null ? null : name.toString();
    }

    /** The aggregate's latest event (by sequence) of one of {@code types}, schema version 1. */
    private static ProjectedEvent latest(StoredAggregate a, Set<String> types) {
        ProjectedEvent latest = null;
        for (ProjectedEvent e : a.events()) {
            if (types.contains(e.eventType()) && e.schemaVersion() == 1
                    && (latest == null || e.sequence() > latest.sequence())) {
                latest = e;
            }
        }
        return latest;
    }

    private static LocalDate localDate(Object occurredAt, LocalDate fallback) {
        if (occurredAt == null) {
            return fallback;
        }
        try {
            return OffsetDateTime.parse(occurredAt.toString()).toLocalDate();
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static Double share(int passed, int evaluated) {
        return evaluated == 0 ? null : Math.round(1000.0 * passed / evaluated) / 10.0;
    }
}
