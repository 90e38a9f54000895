package vn.drugctl.registry.importing.web;

import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.drugctl.common.domain.InvalidField;
import vn.drugctl.common.domain.NotFound;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.UnknownUnitException;
import vn.drugctl.common.web.ApiProblem;
import vn.drugctl.common.web.Problems;
import vn.drugctl.registry.importing.application.ImportingSurvey;
import vn.drugctl.registry.importing.application.SurveyImport;
import vn.drugctl.registry.importing.application.SurveyImports;
import vn.drugctl.registry.importing.domain.SurveyCsvFormat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

/**
 * Upload of the annual survey as CSV (multipart field {@code file}); answers 202 with the import, whose progress is
 * at {@code GET /api/registry/imports/{id}}. {@code GET /api/registry/imports/template} gives the header line.
 * <p>
 * A unit has at most a few imports queued or running at once: one more is refused with 429
 * {@code too-many-imports} and {@code Retry-After}, naming the imports that hold the places. 429 rather than 409:
 * nothing about the upload conflicts with the stored state, the service only asks to come back once the running
 * imports are done, which clients and the gateway already understand from 429 and {@code Retry-After}.
 */
@Tag(name = "Survey imports", description = "The annual survey CSV: upload, progress, template")
@RestController
@Validated
@RequestMapping("/api/registry/imports")
public class SurveyImportController {
    private final ImportingSurvey importing;
    private final SurveyImports imports;

    public SurveyImportController(ImportingSurvey importing, SurveyImports imports) {
        this.importing = importing;
        this.imports = imports;
    }

    @PostMapping(consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public ResponseEntity<SurveyImport> upload(@RequestPart(name = "file", required = false) MultipartFile file,
                                               @RequestParam(required = false) @Pattern(regexp = "[A-Z0-9-]{2,40}")
                                               String unitCode, TenantScope scope) {
        if (file == null || file.isEmpty()) {
            throw new InvalidField("file", "is required: a CSV file (UTF-8) in the multipart field 'file'");
        }
        SurveyImport started;
        try (InputStream content = file.getInputStream()) {
            started = importing.start(content, file.getOriginalFilename(), unitCode, scope);
        } catch (UnknownUnitException e) {
            throw new InvalidField("unitCode", e.getMessage());
        } catch (IOException e) {
            throw new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "upload-not-saved", "Upload not saved",
                    "The file could not be saved on the server (" + e.getClass().getSimpleName()
                            + "); nothing was imported: upload it again later");
        }
        return ResponseEntity.accepted().location(URI.create("/api/registry/imports/" + started.id())).body(started);
    }

    @GetMapping("/{id}")
    public SurveyImport progress(@PathVariable @Pattern(regexp = "[A-Za-z0-9-]{1,64}") String id, TenantScope scope) {
        return imports.find(id, scope).orElseThrow(() -> new NotFound("Import", "No import " + id + " in your scope"));
    }

    @GetMapping(value = "/template", produces = "text/csv;charset=UTF-8")
    public String template() {
        return SurveyCsvFormat.templateHeader(',') + "\r\n";
    }

    @ExceptionHandler(ImportingSurvey.TooManyImports.class)
    ResponseEntity<ProblemDetail> tooManyImports(ImportingSurvey.TooManyImports e) {
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-imports", "Too many imports",
                e.getMessage());
        problem.setProperty("unitCode", e.unitCode());
        problem.setProperty("activeImports", e.active().stream().map(id -> "/api/registry/imports/" + id).toList());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, e.retryAfter().toSeconds())))
                .body(problem);
    }
}
