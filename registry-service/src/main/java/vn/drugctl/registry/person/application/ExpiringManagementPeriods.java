package vn.drugctl.registry.person.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.drugctl.common.domain.InvalidField;
import vn.drugctl.common.events.Actor;
import vn.drugctl.registry.person.domain.Person;
import vn.drugctl.registry.person.domain.RuleBook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Ends the management periods that are over on a date (illegal users: 1 year, post-rehab: 2 years by default)
 * with reason "management period expired" and the follow-up the rules name. Running it again for the same date
 * changes nothing: an ended period is no longer running. Each change is made as the given actor: the administrator
 * who started the run, or {@link Actor#system} of {@link #PROCESS} for the scheduled runs. Runs in the caller's
 * thread and may take minutes on a large registry; {@link RunningPeriodExpiry} runs it in the background.
 */
public class ExpiringManagementPeriods {
    public static final String PROCESS = "management-period-expiry";
    private static final Logger log = LoggerFactory.getLogger(ExpiringManagementPeriods.class);
    private static final int BATCH = 200;

    /** What a run did. */
    public record Outcome(LocalDate date, int expired, List<String> failed) {
    }

    /** Told after each batch of people how far the run got. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (expired, failed) -> {
        };

        /**
         * @param expired periods ended so far
         * @param failed  ids of the people whose period could not be ended so far
         */
        void batchDone(int expired, List<String> failed);
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

    /** A run of the system process, as the nightly one. */
    public Outcome run(LocalDate date) {
        return run(date, Actor.system(PROCESS), Progress.NONE);
    }

    /**
     * Ends the periods over on {@code date}, each change made by {@code actor}.
     *
     * @throws InvalidField on {@code date} when it is in the future
     */
    public Outcome run(LocalDate date, Actor actor, Progress progress) {
        requireNotInFuture(date);
        Objects.requireNonNull(actor, "actor");
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
                    if (expire(id, date, actor)) {
                        expired++;
                    }
                } catch (RuntimeException e) {
                    log.warn("Could not end the management period of person {}: {}", id, e.getMessage());
                    failed.add(id);
                }
            }
            progress.batchDone(expired, List.copyOf(failed));
        }
        log.info("Management periods ended on or before {} by {}: {} expired, {} failed", date, actor.username(),
                expired, failed.size());
        return new Outcome(date, expired, List.copyOf(failed));
    }

    /** @throws InvalidField on {@code date} when it is after today in the province */
    public void requireNotInFuture(LocalDate date) {
        if (date.isAfter(time.today())) {
            throw new InvalidField("date", "must not be in the future (today is " + time.today() + ")");
        }
    }

    private boolean expire(String id, LocalDate date, Actor actor) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<Person> loaded = persons.load(id);
            if (loaded.isEmpty()) {
                return false;
            }
            Person person = loaded.get();
            Optional<Person.Change> change = person.expirePeriod(date,
                    new Person.Context(rules, time.today(), time.now(), actor));
            if (change.isEmpty()) {
                return false;
            }
            if (persons.update(change.get().person(), person.version(), change.get().newEntries(),
                    audit.changeByJob(PROCESS, actor, change.get().person(), change.get().newEntries()))) {
                return true;
            }
        }
        throw new IllegalStateException("person " + id + " kept changing while its period was being ended");
    }
}
