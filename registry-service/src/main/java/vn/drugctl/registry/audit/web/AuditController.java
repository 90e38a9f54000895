package vn.drugctl.registry.audit.web;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.web.ApiProblem;
import vn.drugctl.common.web.CorrelationId;
import vn.drugctl.registry.audit.application.AuditPage;
import vn.drugctl.registry.audit.application.AuditQuery;
import vn.drugctl.registry.audit.application.InvalidAuditQuery;
import vn.drugctl.registry.audit.application.NotAnAuditSupervisor;
import vn.drugctl.registry.audit.application.ReadingAuditTrail;
import vn.drugctl.registry.audit.domain.AuditAction;
import vn.drugctl.registry.audit.domain.AuditEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The audit trail for supervisors: district officers, province analysts and administrators (403 for anyone else,
 * checked before the parameters). See the package documentation for the parameters.
 *
 * <p><b>Out of scope is an empty page, not 404 or 403.</b> The answer for a person or user outside the caller's
 * view (another tenant) is exactly the answer for one that does not exist or has no entries: 200 with no items.
 * A 404 or 403 that depends on whether the person exists elsewhere would let a supervisor of one province probe
 * which ids or user names exist in another; an empty page tells nothing beyond what the caller may already see.
 * (The person's own endpoint tells 403 from 404; that choice is the person feature's, not repeated here.)
 */
@Tag(name = "Audit trail", description = "Who read, changed, tried, searched or was told of a person's record; for supervisors")
@RestController
@RequestMapping("/api/registry/audit")
public class AuditController {
    private static final Pattern PERSON_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

    private final ReadingAuditTrail reading;
    private final ZoneId zone;

    public AuditController(ReadingAuditTrail reading, @Value("${drugctl.registry.zone}") ZoneId zone) {
        this.reading = reading;
        this.zone = zone;
    }

    /** What a supervisor sees of one entry: no token subject, no unit paths (the catalogue has them). */
    public record AuditEntryResponse(String id, Instant at, String username, String actorUnitCode, String personId,
                                     String personUnitCode, AuditAction action, String what, String purpose,
                                     String correlationId, Long resultCount) {
        static AuditEntryResponse of(AuditEntry e) {
            return new AuditEntryResponse(e.id(), e.at(), e.username(), e.actorUnitCode(), e.personId(),
                    e.personUnitCode(), e.action(), e.what(), e.purpose(), e.correlationId(), e.resultCount());
        }
    }

    /** @param number 0-based; {@code items} the number of entries on this page */
    public record PageInfo(int number, int size, int items, boolean hasNext) {
    }

    public record AuditPageResponse(List<AuditEntryResponse> items, PageInfo page) {
        static AuditPageResponse of(AuditPage page) {
            return new AuditPageResponse(page.items().stream().map(AuditEntryResponse::of).toList(),
                    new PageInfo(page.page(), page.size(), page.items().size(), page.hasNext()));
        }
    }

    /** The person's trail as far as the caller's view reaches; the read itself is recorded when it shows anything. */
    @GetMapping("/persons/{personId}")
    public AuditPageResponse ofPerson(@PathVariable String personId,
                                      @RequestParam(required = false) String page,
                                      @RequestParam(required = false) String size,
                                      @RequestParam(required = false) String from,
                                      @RequestParam(required = false) String to,
                                      TenantScope scope) {
        return answer(() -> {
            ReadingAuditTrail.requireSupervisor(scope);
            requireMatches("personId", personId, PERSON_ID);
            AuditQuery query = query(page, size, from, to);
            return reading.ofPerson(personId, query, scope, CorrelationId.current().orElse(null));
        });
    }

    /** What the user did while acting for a unit in the caller's view. */
    @GetMapping("/users/{username}")
    public AuditPageResponse ofUser(@PathVariable String username,
                                    @RequestParam(required = false) String page,
                                    @RequestParam(required = false) String size,
                                    @RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to,
                                    TenantScope scope) {
        return answer(() -> {
            ReadingAuditTrail.requireSupervisor(scope);
            requireMatches("username", username, USERNAME);
            return reading.ofUser(username, query(page, size, from, to), scope);
        });
    }

    private AuditQuery query(String page, String size, String from, String to) {
        return AuditQuery.ofDays(integer("page", page, 0), integer("size", size, AuditQuery.DEFAULT_SIZE),
                day("from", from), day("to", to), zone);
    }

    private static AuditPageResponse answer(Supplier<AuditPage> read) {
        try {
            return AuditPageResponse.of(read.get());
        } catch (NotAnAuditSupervisor e) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage());
        } catch (InvalidAuditQuery e) {
            throw ApiProblem.badRequest(e.parameter(), e.getMessage());
        }
    }

    private static int integer(String name, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidAuditQuery(name, name + " must be a whole number, was '" + shorten(value) + "'");
        }
    }

    private static LocalDate day(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidAuditQuery(name, name + " must be an ISO date (yyyy-MM-dd), was '" + shorten(value) + "'");
        }
    }

    private static void requireMatches(String name, String value, Pattern pattern) {
        if (!pattern.matcher(value).matches()) {
            throw new InvalidAuditQuery(name, name + " has an invalid format");
        }
    }

    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
