package vn.drugctl.registry.arrest.application;

import vn.drugctl.common.domain.InvalidField;
import vn.drugctl.common.events.Actor;
import vn.drugctl.common.tenancy.Unit;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.registry.notification.application.Notification;
import vn.drugctl.registry.person.application.PersonAudit;
import vn.drugctl.registry.person.application.Persons;
import vn.drugctl.registry.person.application.RegistryTime;
import vn.drugctl.registry.person.domain.Arrest;
import vn.drugctl.registry.person.domain.HistoryEntry;
import vn.drugctl.registry.person.domain.Person;
import vn.drugctl.registry.person.domain.PersonArrested;
import vn.drugctl.registry.person.domain.RuleBook;

import java.util.List;
import java.util.Optional;

/**
 * Records in a person's history the arrests hotspot-service reports ({@code SuspectArrested}), as the system process
 * {@value #PROCESS}: through the person's normal write path (one version-guarded document write with the new
 * {@code PersonArrested} event, its outbox event and the audit line), retried when someone changed the person
 * meanwhile.
 *
 * <p><b>Guarantees.</b> Each source event is recorded at most once per person: the new event stores the source
 * event id and a report whose id the history already holds changes nothing ({@link Outcome#ALREADY_RECORDED}).
 * When the arresting unit is not the one managing the person, a notice for the managing unit
 * ({@link Notification.Kind#ARREST_OF_MANAGED_PERSON}, no arrest details) is stored in the same write, so the arrest
 * and its notice cannot part. A later report of the same arrest (same incident and suspect: its outcome, a
 * correction) replaces the arrest on the record ({@code now.arrests}) and makes no second notice.
 *
 * <p><b>Failure modes.</b> A person the registry does not know, or one managed in another province than the
 * arresting unit's (cross-province exchange goes through the exchange API, not this intake), is not recorded and
 * not an error: {@link Outcome#UNKNOWN_PERSON} / {@link Outcome#OTHER_PROVINCE}, for the caller to log and count.
 * A report with a missing or bad value, an arresting unit not in the catalogue or a date in the future is
 * {@link InvalidArrestReport} (nothing is stored). A storage failure propagates unchanged (retrying may cure it).
 */
public class RecordingArrests {
    public static final String PROCESS = "arrest-intake";
    private static final int ATTEMPTS = 5;
    private static final int MAX_ACTS = 20;

    /** What became of a report. */
    public enum Outcome {
        RECORDED, ALREADY_RECORDED, UNKNOWN_PERSON, OTHER_PROVINCE
    }

    private final Persons persons;
    private final UnitCatalogue units;
    private final RuleBook rules;
    private final RegistryTime time;
    private final PersonAudit audit;

    public RecordingArrests(Persons persons, UnitCatalogue units, RuleBook rules, RegistryTime time,
                            PersonAudit audit) {
        this.persons = persons;
        this.units = units;
        this.rules = rules;
        this.time = time;
        this.audit = audit;
    }

    /** @throws InvalidArrestReport when the report cannot be recorded as sent */
    public Outcome record(ArrestReport report) {
        require(report.sourceEventId(), "sourceEventId");
        require(report.personId(), "personId");
        require(report.arrestingUnitCode(), "arrestingUnitCode");
        limit(report.sourceEventId(), "sourceEventId", 100);
        limit(report.personId(), "personId", 64);
        limit(report.incidentId(), "incidentId", 100);
        limit(report.suspectId(), "suspectId", 100);
        limit(report.caseNumber(), "caseNumber", 100);
        if (report.acts() != null) {
            if (report.acts().size() > MAX_ACTS) {
                throw new InvalidArrestReport("acts has " + report.acts().size() + " items, at most " + MAX_ACTS);
            }
            report.acts().forEach(act -> limit(act, "acts", 60));
        }
        Arrest.Outcome outcome = outcome(report.outcome());
        Unit arresting = units.find(report.arrestingUnitCode()).orElseThrow(() -> new InvalidArrestReport(
                "arrestingUnitCode " + report.arrestingUnitCode() + " is not in the unit catalogue"));
        Actor actor = Actor.system(PROCESS);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Person> loaded = persons.load(report.personId());
            if (loaded.isEmpty()) {
                return Outcome.UNKNOWN_PERSON;
            }
            Person person = loaded.get();
            if (!units.require(person.unitCode()).provinceCode().equals(arresting.provinceCode())) {
                return Outcome.OTHER_PROVINCE;
            }
            Person.Change change;
            try {
                change = person.recordArrest(report.sourceEventId(), report.incidentId(), report.suspectId(),
                        report.businessDate(), arresting.code(), report.acts(), outcome, report.caseNumber(),
                        new Person.Context(rules, time.today(), time.now(), actor));
            } catch (InvalidField e) {
                throw new InvalidArrestReport(e.field() + " " + e.getMessage());
            }
            if (change.isEmpty()) {
                return Outcome.ALREADY_RECORDED;
            }
            if (persons.update(change.person(), person.version(), change.newEntries(),
                    audit.changeByJob(PROCESS, actor, change.person(), change.newEntries()),
                    notices(person, change.person(), change.newEntries()))) {
                return Outcome.RECORDED;
            }
        }
        throw new IllegalStateException("person " + report.personId() + " kept changing while an arrest was being "
                + "recorded");
    }

    /**
     * A notice for the managing unit when another unit made the arrest and it is not an update of an arrest reported
     * before ({@code before} the change); none otherwise.
     */
    private List<Notification> notices(Person before, Person person, List<HistoryEntry> entries) {
        return entries.stream()
                .filter(e -> e.event() instanceof PersonArrested a && !a.arrestingUnitCode().equals(person.unitCode())
                        && !before.hasArrestIn(a.incidentId(), a.suspectId()))
                .map(e -> {
                    PersonArrested a = (PersonArrested) e.event();
                    return new Notification("arrest-" + e.eventId(), person.unitCode(), person.unitPath(),
                            Notification.Kind.ARREST_OF_MANAGED_PERSON, person.id(), a.arrestingUnitCode(),
                            a.businessDate(), e.recordedAt(), null, null);
                }).toList();
    }

    private static Arrest.Outcome outcome(String value) {
        require(value, "outcome");
        try {
            return Arrest.Outcome.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidArrestReport("outcome must be one of " + List.of(Arrest.Outcome.values()) + ", was '"
                    + (value.length() <= 40 ? value : value.substring(0, 40) + "…") + "'");
        }
    }

    private static void limit(String value, String name, int max) {
        if (value != null && (value.length() > max || value.chars().anyMatch(Character::isISOControl))) {
            throw new InvalidArrestReport(name + " must be at most " + max + " characters without control "
                    + "characters");
        }
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new InvalidArrestReport(name + " is required");
        }
    }
}
