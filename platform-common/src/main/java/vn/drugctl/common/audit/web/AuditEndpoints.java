package vn.drugctl.common.audit.web;

import org.springframework.http.HttpStatus;
import vn.drugctl.common.audit.AuditPage;
import vn.drugctl.common.audit.AuditQuery;
import vn.drugctl.common.audit.InvalidAuditQuery;
import vn.drugctl.common.audit.NotAnAuditSupervisor;
import vn.drugctl.common.audit.ReadingAuditTrail;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.web.ApiProblem;
import vn.drugctl.common.web.CorrelationId;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The HTTP side of the audit trail for supervisors, shared by every service: a service exposes it with a tiny
 * controller of its own (its paths, its OpenAPI tag) that hands the raw path and query values over, e.g.
 * <pre>{@code
 * @Tag(name = "Audit trail", description = "...")
 * @RestController
 * @RequestMapping("/api/hotspot/audit")
 * class AuditController {
 *     private final AuditEndpoints audit;
 *     AuditController(AuditEndpoints audit) { this.audit = audit; }
 *
 *     @GetMapping("/hotspots/{hotspotId}")
 *     AuditPageResponse ofHotspot(@PathVariable String hotspotId, @RequestParam(required = false) String page,
 *                                 @RequestParam(required = false) String size, @RequestParam(required = false) String from,
 *                                 @RequestParam(required = false) String to, TenantScope scope) {
 *         return audit.ofRecord("hotspot", "hotspotId", hotspotId, page, size, from, to, scope);
 *     }
 *
 *     @GetMapping("/users/{username}")
 *     AuditPageResponse ofUser(@PathVariable String username, ...same four parameters..., TenantScope scope) {
 *         return audit.ofUser(username, page, size, from, to, scope);
 *     }
 * }
 * }</pre>
 * Parameters: {@code page} (0-based, default 0), {@code size} (1–{@value AuditQuery#MAX_SIZE}, default
 * {@value AuditQuery#DEFAULT_SIZE}), {@code from} and {@code to} (ISO dates, both included, calendar days of
 * {@code drugctl.audit.zone}, default Asia/Ho_Chi_Minh). They are taken as strings so that a bad one is this class's
 * 400 naming it ({@code …/problems/invalid-request}, {@code errors[0].field}), not a framework conversion error.
 * A caller who is not a district officer, province analyst or administrator gets 403 ({@code …/problems/forbidden}),
 * checked before the parameters.
 *
 * <p><b>Out of scope is an empty page, not 404 or 403.</b> The answer for a record or user outside the caller's
 * view (another tenant) is exactly the answer for one that does not exist or has no entries: 200 with no items.
 * A 404 or 403 that depends on whether the record exists elsewhere would let a supervisor of one province probe
 * which ids or user names exist in another; an empty page tells nothing beyond what the caller may already see.
 * Reading a record's trail is itself recorded when it shows anything ({@link ReadingAuditTrail#ofRecord}).
 */
public class AuditEndpoints {
    private static final Pattern RECORD_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

    private final ReadingAuditTrail reading;
    private final ZoneId zone;

    public AuditEndpoints(ReadingAuditTrail reading, ZoneId zone) {
        this.reading = Objects.requireNonNull(reading, "reading");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * The record's trail as far as the caller's view reaches; the read itself is recorded when it shows anything.
     *
     * @param recordType  the stored record type ({@code person}, {@code hotspot}...)
     * @param idParameter the path variable's name, for the 400 that names a malformed id ({@code personId})
     */
    public AuditPageResponse ofRecord(String recordType, String idParameter, String recordId, String page,
                                      String size, String from, String to, TenantScope scope) {
        return answer(() -> {
            ReadingAuditTrail.requireSupervisor(scope);
            requireMatches(idParameter, recordId, RECORD_ID);
            AuditQuery query = query(page, size, from, to);
            return reading.ofRecord(recordType, recordId, query, scope, CorrelationId.current().orElse(null));
        });
    }

    /** What the user did while acting for a unit in the caller's view (all record types of this service). */
    public AuditPageResponse ofUser(String username, String page, String size, String from, String to,
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
        if (value == null || !pattern.matcher(value).matches()) {
            throw new InvalidAuditQuery(name, name + " has an invalid format");
        }
    }

    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
