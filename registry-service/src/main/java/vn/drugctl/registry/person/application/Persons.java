package vn.drugctl.registry.person.application;

import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.audit.AuditEntry;
import vn.drugctl.registry.person.domain.HistoryEntry;
import vn.drugctl.registry.person.domain.Person;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The registry's people. Reads of records are scoped: nothing returns a person without a tenant scope, except
 * the minimal {@link PersonCard} used to say who manages a record (duplicate checks, the audit of a refused
 * attempt) and the ids the system's own jobs work on. A write stores the person's new state, its new history
 * entries, their events and the audit line of the change in one atomic document write.
 */
public interface Persons {
    /**
     * Stores a new person with its first entries and the audit line of the registration, atomically.
     *
     * @throws DuplicateCccd when a person with the same CCCD is already registered in the province (its card is
     *                       the holder's, unscoped: the caller decides what of it to show)
     * @throws RegisteringPerson.AlreadyRegistered when a person with the same id exists
     */
    void add(Person person, List<HistoryEntry> entries, AuditEntry audit);

    /**
     * Stores the person's new state, appends its new entries and records the audit line of the change, atomically,
     * if it is still at {@code expectedVersion}.
     *
     * @return {@code false} when someone else changed it meanwhile (nothing was written)
     * @throws DuplicateCccd when a details change gives it a CCCD already registered in the province
     */
    boolean update(Person person, long expectedVersion, List<HistoryEntry> newEntries, AuditEntry audit);

    /** The person if it exists and lies in the caller's view scope. */
    Optional<Person> find(String id, TenantScope scope);

    /** The person, unscoped: for the system's own jobs only, never for a user's request. */
    Optional<Person> load(String id);

    /** Who manages a person, unscoped and minimal: for duplicate checks and the audit of a refused attempt. */
    Optional<PersonCard> card(String id);

    /** The person registered with this CCCD in the province, if any: minimal card. */
    Optional<PersonCard> byCccd(String provinceCode, String cccd);

    /** People of the province without a distinguishing CCCD that share the likely-duplicate key. */
    List<PersonCard> likelyDuplicates(String provinceCode, String likelyDuplicateKey, int limit);

    /** A page of people in the caller's scope matching the query. */
    PersonPage search(PersonQuery query, TenantScope scope);

    /** Ids of people whose management period ends on or before {@code date}, unscoped, for the expiry job. */
    List<String> withPeriodEndingBy(LocalDate date, int limit);
}
