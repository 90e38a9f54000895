package vn.drugctl.registry.person.application;

import vn.drugctl.common.domain.Conflict;
import vn.drugctl.common.events.Actor;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.Unit;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.common.audit.AuditAction;
import vn.drugctl.registry.person.domain.Person;
import vn.drugctl.registry.person.domain.PersonDetails;
import vn.drugctl.registry.person.domain.RuleBook;

import java.util.List;
import java.util.Set;

/**
 * Registers a person in a unit the caller may write for. A CCCD is registered once per province (409 naming the
 * managing unit); without one, a likely duplicate (same folded name, birth year and home village) stops the
 * registration until the caller confirms, by listing the candidates' ids, that the person is someone else.
 */
public class RegisteringPerson {
    /**
     * @param unitCode              the managing unit; the caller's own unit when {@code null}
     * @param confirmedNotDuplicate ids of likely duplicates the caller checked and found to be other people
     */
    public record RegisterPerson(PersonDetailsInput details, String unitCode, Person.ListChange list,
                                 Set<String> confirmedNotDuplicate, String purpose) {
    }

    /** The person is already registered under the id the command asked for. */
    public static class AlreadyRegistered extends Conflict {
        public AlreadyRegistered(String id) {
            super("already-registered", "Person " + id + " is already registered");
        }
    }

    /**
     * A likely duplicate stops the registration; each candidate is shown as far as the caller's view allows
     * ({@link DuplicateCandidate}).
     */
    public static class LikelyDuplicate extends Conflict {
        private final List<DuplicateCandidate> candidates;

        public LikelyDuplicate(List<DuplicateCandidate> candidates) {
            super("likely-duplicate", candidates.size() + " person(s) with the same name, birth year and home "
                    + "village are already registered; check them (a person outside your scope is shown only with "
                    + "the unit that manages it: ask that unit) and, if this is someone else, register again "
                    + "listing their ids in confirmedNotDuplicate");
            this.candidates = List.copyOf(candidates);
            with("candidates", this.candidates);
        }

        public List<DuplicateCandidate> candidates() {
            return candidates;
        }
    }

    private static final int MAX_CANDIDATES = 20;

    private final Persons persons;
    private final UnitCatalogue units;
    private final RuleBook rules;
    private final RegistryTime time;
    private final PersonAudit audit;

    public RegisteringPerson(Persons persons, UnitCatalogue units, RuleBook rules, RegistryTime time,
                             PersonAudit audit) {
        this.persons = persons;
        this.units = units;
        this.rules = rules;
        this.time = time;
        this.audit = audit;
    }

    public Person handle(RegisterPerson command, TenantScope scope) {
        return handle(command, scope, AuditAction.REGISTER);
    }

    public Person handle(RegisterPerson command, TenantScope scope, AuditAction action) {
        return handle(null, command, scope, action);
    }

    /**
     * @param id the id to register under, or {@code null} for a new one
     * @throws AlreadyRegistered when a person already has that id
     */
    public Person handle(String id, RegisterPerson command, TenantScope scope, AuditAction action) {
        if (id != null && persons.card(id).isPresent()) {
            throw new AlreadyRegistered(id);
        }
        Unit unit = units.require(command.unitCode() == null ? scope.unitCode() : command.unitCode());
        scope.requireCapture(unit);
        PersonDetails details = command.details().toDetails(time.today());
        Person.Change change = Person.register(id == null ? java.util.UUID.randomUUID().toString() : id, details,
                unit.code(), unit.path(), command.list(),
                new Person.Context(rules, time.today(), time.now(), Actor.of(scope)));
        String province = unit.provinceCode();
        if (details.cccd() == null) {
            Set<String> confirmed = command.confirmedNotDuplicate() == null ? Set.of() : command.confirmedNotDuplicate();
            List<PersonCard> candidates = persons.likelyDuplicates(province, details.likelyDuplicateKey(),
                            MAX_CANDIDATES).stream()
                    .filter(c -> !confirmed.contains(c.id())).toList();
            if (!candidates.isEmpty()) {
                candidates.forEach(c -> audit.disclosed(scope, c.id(), c, "likely duplicate of a new registration"));
                throw new LikelyDuplicate(candidates.stream().map(c -> shown(c, scope)).toList());
            }
        }
        // a CCCD registered before is caught by the store's unique key, without a look-up on every registration
        try {
            persons.add(change.person(), change.newEntries(),
                    audit.change(scope, change.person(), action, change.newEntries(), null, command.purpose()));
        } catch (DuplicateCccd e) {
            if (e.holder() == null) {
                throw e;
            }
            audit.disclosed(scope, e.holder().id(), e.holder(), "duplicate CCCD of a new registration");
            throw e.shownAs(shown(e.holder(), scope));
        }
        return change.person();
    }

    private DuplicateCandidate shown(PersonCard card, TenantScope scope) {
        return DuplicateCandidate.of(card, units.require(card.unitCode()), scope);
    }
}
