package vn.drugctl.registry.person.web;

import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.drugctl.common.domain.NotFound;
import vn.drugctl.common.events.Actor;
import vn.drugctl.common.tenancy.Role;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.registry.person.application.ExpiryRun;
import vn.drugctl.registry.person.application.RegistryTime;
import vn.drugctl.registry.person.application.RunningPeriodExpiry;

import java.net.URI;
import java.time.LocalDate;

/**
 * Runs the management-period expiry now (it also runs every night and at start-up): for operators, after an outage
 * or to replay a date. Administrators only. A run takes minutes on a large registry, so the request answers 202 at
 * once with the run, and {@code GET /expiry-runs/{runId}} (the {@code Location}) tells how far it got. Running it
 * twice for a date changes nothing the second time. 409 {@code expiry-run-in-progress} while another run is active.
 */
@Tag(name = "Management periods", description = "End expired management periods now (administrators): a run to poll")
@RestController
@Validated
@RequestMapping("/api/registry/management-periods")
public class ManagementPeriodController {
    private final RunningPeriodExpiry running;
    private final RegistryTime time;

    public ManagementPeriodController(RunningPeriodExpiry running, RegistryTime time) {
        this.running = running;
        this.time = time;
    }

    /** Starts a run ending the periods over on {@code date} (today when absent; not in the future). */
    @PostMapping("/expiry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public ResponseEntity<ExpiryRun> run(@RequestParam(required = false) LocalDate date, TenantScope scope) {
        requireAdmin(scope);
        ExpiryRun run = running.start(date == null ? time.today() : date, Actor.of(scope), ExpiryRun.Trigger.ADMIN);
        return ResponseEntity.accepted().location(URI.create(RunningPeriodExpiry.location(run.id()))).body(run);
    }

    /** A run: status, date, who started it, when, how many periods it ended and which people failed. */
    @GetMapping("/expiry-runs/{runId}")
    public ExpiryRun progress(@PathVariable @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String runId,
                              TenantScope scope) {
        requireAdmin(scope);
        return running.find(runId).orElseThrow(() -> new NotFound("Expiry run", "No expiry run " + runId));
    }

    private static void requireAdmin(TenantScope scope) {
        if (!scope.has(Role.ADMIN)) {
            throw new AccessDeniedException("administrators only");
        }
    }
}
