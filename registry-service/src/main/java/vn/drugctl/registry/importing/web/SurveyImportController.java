package vn.drugctl.registry.importing.web;

import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.drugctl.common.domain.InvalidField;
import vn.drugctl.common.domain.NotFound;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.UnknownUnitException;
import vn.drugctl.registry.importing.application.ImportingSurvey;
import vn.drugctl.registry.importing.application.SurveyImport;
import vn.drugctl.registry.importing.application.SurveyImports;
import vn.drugctl.registry.importing.domain.SurveyCsvFormat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Upload of the annual survey as CSV (multipart field {@code file}); answers 202 with the import, whose progress is
 * at {@code GET /api/registry/imports/{id}}. {@code GET /api/registry/imports/template} gives the header line.
 */
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
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.ACCEPTED)
    public ResponseEntity<SurveyImport> upload(@RequestPart(name = "file", required = false) MultipartFile file,
                                               @RequestParam(required = false) @Pattern(regexp = "[A-Z0-9-]{2,40}")
                                               String unitCode, TenantScope scope) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidField("file", "is required: a CSV file (UTF-8) in the multipart field 'file'");
        }
        Path saved = Files.createTempFile("survey-import-", ".csv");
        file.transferTo(saved);
        SurveyImport started;
        try {
            started = importing.start(saved, file.getOriginalFilename(), unitCode, scope);
        } catch (UnknownUnitException e) {
            Files.deleteIfExists(saved);
            throw new InvalidField("unitCode", e.getMessage());
        } catch (RuntimeException e) {
            Files.deleteIfExists(saved);
            throw e;
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
}
