package vn.drugctl.registry.person.web;

import vn.drugctl.registry.person.application.ReadingPerson.PersonRecord;
import vn.drugctl.registry.person.domain.AddictLocation;
import vn.drugctl.registry.person.domain.AgeBand;
import vn.drugctl.registry.person.domain.Arrest;
import vn.drugctl.registry.person.domain.ChangeReason;
import vn.drugctl.registry.person.domain.DrugTest;
import vn.drugctl.registry.person.domain.EntryCorrected;
import vn.drugctl.registry.person.domain.Flag;
import vn.drugctl.registry.person.domain.HistoryEntry;
import vn.drugctl.registry.person.domain.MainList;
import vn.drugctl.registry.person.domain.ManagementDossier;
import vn.drugctl.registry.person.domain.Person;
import vn.drugctl.registry.person.domain.PersonDetails;
import vn.drugctl.registry.person.domain.PersonEvent;
import vn.drugctl.registry.person.domain.Presence;
import vn.drugctl.registry.person.domain.PriorRecords;
import vn.drugctl.registry.person.domain.RegistryState;
import vn.drugctl.registry.person.domain.RehabDossier;
import vn.drugctl.registry.person.domain.Residence;
import vn.drugctl.registry.person.domain.SanctionDecision;
import vn.drugctl.registry.person.domain.Sex;
import vn.drugctl.registry.person.domain.Surveillance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person's full record: details, the state now, the state on {@code asOf} when asked, and the whole history
 * (each entry with who entered it and when, and the correction that amended or voided it, if any).
 */
public record PersonRecordResponse(String id, String unitCode, List<String> unitPath, long version,
                                   LocalDate registeredOn, DetailsResponse details, StateResponse now,
                                   LocalDate asOf, StateResponse stateAsOf, List<HistoryEntryResponse> history) {

    public record DetailsResponse(String fullName, String foldedName, List<String> aliases, Sex sex,
                                  LocalDate birthDate, Integer birthYear, String cccd, Residence permanentResidence,
                                  Residence currentResidence, PriorRecords priorConvictions,
                                  PriorRecords priorViolations, Surveillance surveillance,
                                  ManagementDossier managementDossier) {
        static DetailsResponse of(PersonDetails d) {
            return new DetailsResponse(d.fullName(), d.foldedName(), d.aliases(), d.sex(), d.birthDate(),
                    d.birthYear(), d.cccd(), d.permanentResidence(), d.currentResidence(), d.priorConvictions(),
                    d.priorViolations(), d.surveillance(), d.managementDossier());
        }
    }

    public record StateResponse(MainList list, String listLabel, LocalDate onListSince, ChangeReason listReason,
                                String listDocumentRef, LocalDate periodEndsOn, AddictLocation addictLocation,
                                Set<Flag> flags, Presence presence, LocalDate presenceSince, Residence movedTo,
                                AgeBand ageBand, List<DrugTest> drugTests, List<SanctionDecision> sanctions,
                                List<RehabDossier> rehabDossiers, List<Arrest> arrests) {
        static StateResponse of(RegistryState s, LocalDate on) {
            return new StateResponse(s.list(), s.list() == null ? null : s.list().label(), s.onListSince(),
                    s.listReason(), s.listDocumentRef(), s.periodEndsOn(), s.addictLocation(), new TreeSet<>(s.flags()),
                    s.presence(), s.presenceSince(), s.movedTo(), s.details().ageBand(on), s.tests(), s.sanctions(),
                    s.dossiers(), s.arrests());
        }
    }

    /**
     * @param correctedBy the id of the latest correction of this entry, if any
     * @param voided      whether that correction voided the entry
     */
    public record HistoryEntryResponse(String eventId, String eventType, LocalDate businessDate, Instant recordedAt,
                                       String recordedBy, String recordedByUnit, PersonEvent event,
                                       String correctedBy, boolean voided) {
    }

    static PersonRecordResponse of(PersonRecord record, LocalDate today) {
        Person p = record.person();
        Map<String, HistoryEntry> corrections = new HashMap<>();
        for (HistoryEntry e : p.history()) {
            if (e.event() instanceof EntryCorrected c) {
                corrections.put(c.correctsEventId(), e);
            }
        }
        List<HistoryEntryResponse> history = p.history().stream().map(e -> {
            HistoryEntry correction = corrections.get(e.eventId());
            return new HistoryEntryResponse(e.eventId(), e.event().eventType(), e.event().businessDate(),
                    e.recordedAt(), e.actor() == null ? null : e.actor().username(),
                    e.actor() == null ? null : e.actor().unitCode(), e.event(),
                    correction == null ? null : correction.eventId(),
                    correction != null && ((EntryCorrected) correction.event()).voided());
        }).toList();
        return new PersonRecordResponse(p.id(), p.unitCode(), p.unitPath(), p.version(), p.registeredOn(),
                DetailsResponse.of(record.now().details()), StateResponse.of(record.now(), today), record.asOf(),
                record.stateAsOf() == null ? null : StateResponse.of(record.stateAsOf(), record.asOf()), history);
    }

    static PersonRecordResponse of(Person person, LocalDate today) {
        return of(new PersonRecord(person, person.state(), null, null), today);
    }
}
