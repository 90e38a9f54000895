package vn.drugctl.registry.person.web;

import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.drugctl.common.domain.InvalidField;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.UnknownUnitException;
import vn.drugctl.registry.person.application.ChangingPerson;
import vn.drugctl.registry.person.application.PersonPage;
import vn.drugctl.registry.person.application.PersonQuery;
import vn.drugctl.registry.person.application.ReadingPerson;
import vn.drugctl.registry.person.application.RegisteringPerson;
import vn.drugctl.registry.person.application.RegisteringPerson.RegisterPerson;
import vn.drugctl.registry.person.application.RegistryTime;
import vn.drugctl.registry.person.application.SearchingPersons;
import vn.drugctl.registry.person.domain.AgeBand;
import vn.drugctl.registry.person.domain.Flag;
import vn.drugctl.registry.person.domain.FoldedName;
import vn.drugctl.registry.person.domain.MainList;
import vn.drugctl.registry.person.domain.Person;
import vn.drugctl.registry.person.web.PersonRequests.ChangeDetailsRequest;
import vn.drugctl.registry.person.web.PersonRequests.RegisterPersonRequest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Register, read, search people and change their details. */
@Tag(name = "Persons", description = "Register, read and search people on the drug-control lists; change their details")
@RestController
@Validated
@RequestMapping("/api/registry/persons")
public class PersonController {
    static final String ID = "[A-Za-z0-9-]{1,64}";

    private final RegisteringPerson registering;
    private final ReadingPerson reading;
    private final SearchingPersons searching;
    private final ChangingPerson changing;
    private final RegistryTime time;

    public PersonController(RegisteringPerson registering, ReadingPerson reading, SearchingPersons searching,
                            ChangingPerson changing, RegistryTime time) {
        this.registering = registering;
        this.reading = reading;
        this.searching = searching;
        this.changing = changing;
        this.time = time;
    }

    /**
     * Registers a person, optionally on a list. 409 {@code duplicate-cccd} names the unit managing the existing
     * record; 409 {@code likely-duplicate} lists candidates to check and confirm in {@code confirmedNotDuplicate}.
     */
    @PostMapping
    @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.CREATED)
    public ResponseEntity<PersonRecordResponse> register(@Valid @RequestBody RegisterPersonRequest request,
                                                         TenantScope scope) {
        Person person;
        try {
            person = registering.handle(new RegisterPerson(request.details().toInput(), request.unitCode(),
                    request.list() == null ? null : request.list().toChange(), request.confirmedNotDuplicate(),
                    request.purpose()), scope);
        } catch (UnknownUnitException e) {
            throw new InvalidField("unitCode", e.getMessage());
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/registry/persons/" + person.id()))
                .body(PersonRecordResponse.of(person, time.today()));
    }

    /** The full record (audited): state now, state on {@code asOf} when given, and the whole history. */
    @GetMapping("/{id}")
    public PersonRecordResponse get(@PathVariable @Pattern(regexp = ID) String id,
                                    @RequestParam(required = false) LocalDate asOf,
                                    @RequestParam(required = false) @Size(max = 500) String purpose,
                                    TenantScope scope) {
        if (asOf != null && asOf.isAfter(time.today())) {
            throw new InvalidField("asOf", "must not be in the future (today is " + time.today() + ")");
        }
        return PersonRecordResponse.of(reading.handle(id, asOf, purpose, scope), time.today());
    }

    /** Changes identity or report attributes (name, aliases, CCCD, residences, prior records, surveillance...). */
    @PutMapping("/{id}/details")
    public PersonRecordResponse changeDetails(@PathVariable @Pattern(regexp = ID) String id,
                                              @Valid @RequestBody ChangeDetailsRequest request, TenantScope scope) {
        Person person = changing.handle(id, request.expectedVersion(), request.purpose(), scope,
                (p, context) -> p.changeDetails(request.details().toInput().toDetails(context.today()),
                        request.note(), context));
        return PersonRecordResponse.of(person, time.today());
    }

    public record PersonPageResponse(List<vn.drugctl.registry.person.application.PersonSummary> items, int page,
                                     int size, long total) {
    }

    /**
     * People in the caller's scope. Filters combine (AND): {@code list} (repeatable; {@code NONE} = on no list),
     * {@code flag} (repeatable, all must be set), {@code unit} (that unit and below), {@code ageBand} (by birth
     * year: under 30 or 30 and over this year), {@code name} (prefix of the name or an alias, diacritics and case
     * ignored), {@code birthYear}.
     */
    @GetMapping
    public PersonPageResponse search(@RequestParam(required = false) Set<String> list,
                                     @RequestParam(required = false) Set<Flag> flag,
                                     @RequestParam(required = false) @Pattern(regexp = PersonRequests.UNIT) String unit,
                                     @RequestParam(required = false) AgeBand ageBand,
                                     @RequestParam(required = false) @Size(min = 1, max = 120) String name,
                                     @RequestParam(required = false) @Min(1900) @Max(2100) Integer birthYear,
                                     @RequestParam(defaultValue = "NAME") PersonQuery.Sort sort,
                                     @RequestParam(defaultValue = "0") @PositiveOrZero @Max(100000) int page,
                                     @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
                                     TenantScope scope) {
        boolean none = list != null && list.contains("NONE");
        Set<MainList> lists = list == null ? Set.of() : list.stream().filter(l -> !"NONE".equals(l)).map(l -> {
            try {
                return MainList.valueOf(l);
            } catch (IllegalArgumentException e) {
                throw new InvalidField("list", "unknown list '" + l + "'; use NONE or one of "
                        + List.of(MainList.values()));
            }
        }).collect(java.util.stream.Collectors.toSet());
        if (none && !lists.isEmpty()) {
            throw new InvalidField("list", "NONE cannot be combined with other lists");
        }
        String prefix = name == null ? null : FoldedName.fold(name);
        if (prefix != null && prefix.isEmpty()) {
            throw new InvalidField("name", "must contain letters");
        }
        int year = time.today().getYear();
        Integer min = ageBand == AgeBand.UNDER_30 ? year - 29 : null;
        Integer max = ageBand == AgeBand.FROM_30 ? year - 30 : null;
        PersonPage result;
        try {
            result = searching.handle(new PersonQuery(lists, none, flag, unit, min, max, prefix, birthYear, sort,
                    page, size), scope);
        } catch (UnknownUnitException e) {
            throw new InvalidField("unit", e.getMessage());
        }
        return new PersonPageResponse(result.items(), result.page(), result.size(), result.total());
    }
}
