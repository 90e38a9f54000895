package vn.drugctl.registry.person.web;

import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.registry.person.application.ChangingPerson;
import vn.drugctl.registry.person.application.RegistryTime;
import vn.drugctl.registry.person.domain.Person;
import vn.drugctl.registry.person.web.PersonRequests.AddictLocationRequest;
import vn.drugctl.registry.person.web.PersonRequests.CorrectionRequest;
import vn.drugctl.registry.person.web.PersonRequests.DrugTestRequest;
import vn.drugctl.registry.person.web.PersonRequests.FlagChangeRequest;
import vn.drugctl.registry.person.web.PersonRequests.ListChangeRequest;
import vn.drugctl.registry.person.web.PersonRequests.MoveVerificationRequest;
import vn.drugctl.registry.person.web.PersonRequests.MovedAwayRequest;
import vn.drugctl.registry.person.web.PersonRequests.RehabDossierRequest;
import vn.drugctl.registry.person.web.PersonRequests.RehabStageRequest;
import vn.drugctl.registry.person.web.PersonRequests.ResidenceRequest;
import vn.drugctl.registry.person.web.PersonRequests.ReturnedRequest;
import vn.drugctl.registry.person.web.PersonRequests.SanctionRequest;

/**
 * Changes of a person's record, each appended to the history as events with a business date, a reason from the
 * closed list and the document behind it. Every change answers the record after it; a change the rules forbid is
 * 422 naming the rule, and nothing is stored.
 */
@Tag(name = "Person changes", description = "List changes, flags, addict location, drug tests, sanctions, rehab dossiers, moves and corrections of a person's record")
@RestController
@Validated
@RequestMapping("/api/registry/persons/{id}")
public class PersonChangesController {
    private final ChangingPerson changing;
    private final RegistryTime time;

    public PersonChangesController(ChangingPerson changing, RegistryTime time) {
        this.changing = changing;
        this.time = time;
    }

    /** Moves the person to a main list, or off the lists when {@code toList} is absent. */
    @PostMapping("/list-changes")
    public PersonRecordResponse changeList(@PathVariable @Pattern(regexp = PersonController.ID) String id,
                                           @Valid @RequestBody ListChangeRequest r, TenantScope scope) {
        return answer(changing.handle(id, r.expectedVersion(), r.purpose(), scope, (p, c) -> p.changeList(
                new Person.ListChange(r.toList(), r.reason(), r.businessDate(), r.documentRef(), r.note()), c)));
    }

    @PostMapping("/flags")
    public PersonRecordResponse changeFlag(@PathVariable @Pattern(regexp = PersonController.ID) String id,
                                           @Valid @RequestBody FlagChangeRequest r, TenantScope scope) {
        return answer(changing.handle(id, r.expectedVersion(), r.purpose(), scope, (p, c) -> p.setFlag(r.flag(),
                r.set(), r.reason(), r.businessDate(), r.documentRef(), r.note(), c)));
    }

    @PostMapping("/addict-location")
    public PersonRecordResponse changeAddictLocation(@PathVariable @Pattern(regexp = PersonController.ID) String id,
                                                     @Valid @RequestBody AddictLocationRequest r, TenantScope scope) {
        return answer(changing.handle(id, r.expectedVersion(), r.purpose(), scope, (p, c) ->
                p.changeAddictLocation(r.location(), r.reason(), r.businessDate(), r.documentRef(), r.note(), c)));
    }

    /** Corrects a history entry: voids it, or gives its right date, reason or document. */
    @PostMapping("/corrections")
    public PersonRecordResponse correct(@PathVariable @Pattern(regexp = PersonController.ID) String id,
                                        @Valid @RequestBody CorrectionRequest r, TenantScope scope) {
        return answer(changing.handle(id, r.expectedVersion(), r.purpose(), scope, (p, c) -> p.correct(r.eventId(),
                Boolean.TRUE.equals(r.voided()), r.businessDate(), r.reason(), r.documentRef(), r.note(), c)));
    }

    /** The person left the locality; verification with family and village authority pending. */
    @PostMapping("/moved-away")
    public PersonRecordResponse markMovedAway(@PathVariable @Pattern(regexp = PersonController.ID) String id,
                                              @Valid @RequestBody MovedAwayRequest r, TenantScope scope) {
        return answer(changing.handle(id, r.expectedVersion(), r.purpose(), scope, (p, c) -> p.markMovedAway(
                r.businessDate(), residence(r.reportedDestination()), r.note(), c)));
    }

    /** The verification record of a move: who was asked, when, where the person went. */
    @PostMapping("/moved-away/verification")
    public PersonRecordResponse verifyMove(@PathVariable @Pattern(regexp = PersonController.ID) String id,
                                           @Valid @RequestBody MoveVerificationRequest r, TenantScope scope) {
        return answer(changing.handle(id, r.expectedVersion(), r.purpose(), scope, (p, c) -> p.verifyMove(
                r.businessDate(), r.askedWho(), residence(r.destination()), r.documentRef(), r.note(), c)));
    }

    /** A person marked as away is present again. */
    @PostMapping("/returned")
    public PersonRecordResponse returned(@PathVariable @Pattern(regexp = PersonController.ID) String id,
                                         @Valid @RequestBody ReturnedRequest r, TenantScope scope) {
        return answer(changing.handle(id, r.expectedVersion(), r.purpose(), scope,
                (p, c) -> p.markReturned(r.businessDate(), r.note(), c)));
    }

    @PostMapping("/drug-tests")
    @ResponseStatus(HttpStatus.CREATED)
    public PersonRecordResponse recordDrugTest(@PathVariable @Pattern(regexp = PersonController.ID) String id,
                                               @Valid @RequestBody DrugTestRequest r, TenantScope scope) {
        return answer(changing.handle(id, r.expectedVersion(), r.purpose(), scope, (p, c) -> p.recordDrugTest(
                r.summonsDate(), r.testDate(), r.sample(), r.substances(), r.result(), r.documentRef(), c)));
    }

    @PostMapping("/sanctions")
    @ResponseStatus(HttpStatus.CREATED)
    public PersonRecordResponse recordSanction(@PathVariable @Pattern(regexp = PersonController.ID) String id,
                                               @Valid @RequestBody SanctionRequest r, TenantScope scope) {
        return answer(changing.handle(id, r.expectedVersion(), r.purpose(), scope, (p, c) -> p.recordSanction(
                r.issued(), r.decisionNumber(), r.decidedOn(), r.notIssuedReason(), r.note(), c)));
    }

    @PostMapping("/rehab-dossiers")
    @ResponseStatus(HttpStatus.CREATED)
    public PersonRecordResponse openRehabDossier(@PathVariable @Pattern(regexp = PersonController.ID) String id,
                                                 @Valid @RequestBody RehabDossierRequest r, TenantScope scope) {
        return answer(changing.handle(id, r.expectedVersion(), r.purpose(), scope,
                (p, c) -> p.openRehabDossier(r.businessDate(), r.documentRef(), r.note(), c)));
    }

    /** Court decision, admission, release (which moves the person to the post-rehab list) or withdrawal. */
    @PostMapping("/rehab-dossiers/{dossierId}/stages")
    public PersonRecordResponse advanceRehabDossier(@PathVariable @Pattern(regexp = PersonController.ID) String id,
                                                    @PathVariable @Pattern(regexp = PersonController.ID) String dossierId,
                                                    @Valid @RequestBody RehabStageRequest r, TenantScope scope) {
        return answer(changing.handle(id, r.expectedVersion(), r.purpose(), scope, (p, c) -> p.advanceRehabDossier(
                dossierId, r.stage(), r.businessDate(), r.documentRef(), r.note(), c)));
    }

    private PersonRecordResponse answer(Person person) {
        return PersonRecordResponse.of(person, time.today());
    }

    private static vn.drugctl.registry.person.domain.Residence residence(ResidenceRequest r) {
        return r == null ? null : r.toResidence();
    }
}
