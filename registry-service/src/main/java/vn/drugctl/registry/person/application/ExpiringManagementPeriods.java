package vn.drugctl.registry.person.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.drugctl.common.events.Actor;
import vn.drugctl.registry.person.domain.Person;
import vn.drugctl.registry.person.domain.RuleBook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Ends the management periods that are over on a date (illegal users: 1 year, post-rehab: 2 years by default)
 * with reason "management period expired" and the follow-up the rules name. Running it again for the same date
 * changes nothing: an ended period is no longer running.
 */
public class ExpiringManagementPeriods {
    public static final String PROCESS = "management-period-expiry";
    private static final Logger log = LoggerFactory.getLogger(ExpiringManagementPeriods.class);
    private static final int BATCH = 200;

    /** What a run did. */
    public record Outcome(LocalDate date, int expired, List<String> failed) {
    }

    private final Persons persons;
    private final RuleBook rules;
    private final RegistryTime time;
    private final PersonAudit audit;

    public ExpiringManagementPeriods(Persons persons, RuleBook rules, RegistryTime time, PersonAudit audit) {
        this.persons = persons;
        this.rules = rules;
        this.time = time;
        this.audit = audit;
    }

    public Outcome run(LocalDate date) {
        if (date.isAfter(time.today())) {
            throw new vn.drugctl.common.domain.InvalidField("date", "must not be in the future (today is "
                    + time.today() + ")");
        }
        Set<String> seen = new HashSet<>();
        List<String> failed = new ArrayList<>();
        int expired = 0;
        while (true) {
            List<String> batch = persons.withPeriodEndingBy(date, BATCH).stream().filter(seen::add).toList();
            if (batch.isEmpty()) {
                break;
            }
            for (String id : batch) {
                try {
                    if (expire(id, date)) {
                        expired++;
                    }
                } catch (RuntimeException e) {
                    log.warn("Could not end the management period of person {}: {}", id, e.getMessage());
                    failed.add(id);
                }
            }
        }
        log.info("Management periods ended on or before {}: {} expired, {} failed", date, expired, failed.size());
        return new Outcome(date, expired, List.copyOf(failed));
    }

    private boolean expire(String id, LocalDate date) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<Person> loaded = persons.load(id);
            if (loaded.isEmpty()) {
                return false;
            }
            Person person = loaded.get();
            Optional<Person.Change> change = person.expirePeriod(date,
                    new Person.Context(rules, time.today(), time.now(), Actor.system(PROCESS)));
            if (change.isEmpty()) {
                return false;
            }
            if (persons.update(change.get().person(), person.version(), change.get().newEntries(),
                    audit.changeBySystem(PROCESS, null, change.get().person(), change.get().newEntries()))) {
                return true;
            }
        }
        throw new IllegalStateException("person " + id + " kept changing while its period was being ended");
    }
}
