package vn.drugctl.registry.person.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.UnknownUnitException;
import vn.drugctl.common.web.ApiProblem;
import vn.drugctl.registry.person.application.Persons;
import vn.drugctl.registry.person.application.RegisteringPerson;
import vn.drugctl.registry.person.application.RegisteringPerson.RegisterPerson;
import vn.drugctl.registry.person.domain.InvalidPersonData;
import vn.drugctl.registry.person.domain.Person;
import vn.drugctl.registry.person.domain.Sex;

import java.net.URI;
import java.util.List;

@RestController
@RequestMapping("/api/registry/persons")
public class PersonController {
    private final RegisteringPerson registering;
    private final Persons persons;

    public PersonController(RegisteringPerson registering, Persons persons) {
        this.registering = registering;
        this.persons = persons;
    }

    public record RegisterPersonRequest(
            @NotBlank @Size(max = 120) String fullName,
            @Min(1900) @Max(2100) Integer birthYear,
            Sex sex,
            @Pattern(regexp = "[A-Z0-9-]{2,40}") String unitCode) {
    }

    public record PersonResponse(String id, String fullName, String foldedName, Integer birthYear, Sex sex,
                                 String unitCode, List<String> unitPath, long version) {
        static PersonResponse of(Person p) {
            return new PersonResponse(p.id(), p.fullName(), p.foldedName(), p.birthYear(), p.sex(), p.unitCode(),
                    p.unitPath(), p.version());
        }
    }

    @PostMapping
    public ResponseEntity<PersonResponse> register(@Valid @RequestBody RegisterPersonRequest request,
                                                   TenantScope scope) {
        Person person;
        try {
            person = registering.handle(new RegisterPerson(request.fullName(), request.birthYear(), request.sex(),
                    request.unitCode()), scope);
        } catch (UnknownUnitException e) {
            throw ApiProblem.badRequest("unitCode", e.getMessage());
        } catch (InvalidPersonData e) {
            throw ApiProblem.badRequest(e.field(), e.getMessage());
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/registry/persons/" + person.id()))
                .body(PersonResponse.of(person));
    }

    @GetMapping("/{id}")
    public PersonResponse get(@PathVariable String id, TenantScope scope) {
        return persons.find(id, scope).map(PersonResponse::of).orElseThrow(() -> persons.exists(id)
                ? new ApiProblem(HttpStatus.FORBIDDEN, "out-of-scope", "Outside your unit's scope",
                "Person " + id + " is managed by a unit outside your scope")
                : ApiProblem.notFound("Person", "No person with id " + id));
    }
}
