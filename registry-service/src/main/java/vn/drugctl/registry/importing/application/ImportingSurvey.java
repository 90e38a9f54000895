package vn.drugctl.registry.importing.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.drugctl.common.domain.Conflict;
import vn.drugctl.common.domain.InvalidField;
import vn.drugctl.common.domain.RuleViolation;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.Unit;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.registry.audit.domain.AuditAction;
import vn.drugctl.registry.person.application.DuplicateCandidate;
import vn.drugctl.registry.importing.domain.SurveyCsvParser;
import vn.drugctl.registry.importing.domain.SurveyRow;
import vn.drugctl.registry.importing.domain.SurveyRowError;
import vn.drugctl.registry.importing.domain.SurveyRowVisitor;
import vn.drugctl.registry.person.application.PersonDetailsInput;
import vn.drugctl.registry.person.application.RegisteringPerson;
import vn.drugctl.registry.person.application.RegistryTime;
import vn.drugctl.registry.person.domain.Person;
import vn.drugctl.registry.person.domain.Residence;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * Imports the annual survey (rà soát) of a unit from a CSV file: each good row registers a person on its list, each
 * bad row is reported with its line and reason, and a row imported before (same content, in whatever file) changes
 * nothing, because its person's id is derived from the unit and the row's content. Runs in the background; progress
 * is stored as it goes.
 */
public class ImportingSurvey {
    private static final Logger log = LoggerFactory.getLogger(ImportingSurvey.class);
    private static final int FLUSH_EVERY = 200;

    private final SurveyImports imports;
    private final RegisteringPerson registering;
    private final UnitCatalogue units;
    private final RegistryTime time;
    private final Executor executor;

    public ImportingSurvey(SurveyImports imports, RegisteringPerson registering, UnitCatalogue units, RegistryTime time,
                           Executor executor) {
        this.imports = imports;
        this.registering = registering;
        this.units = units;
        this.time = time;
        this.executor = executor;
    }

    /**
     * Starts importing the file (already saved to {@code file}, deleted when done) for {@code unitCode} (the
     * caller's unit when {@code null}).
     *
     * @return the import as started; poll {@link SurveyImports#find} for progress
     */
    public SurveyImport start(Path file, String fileName, String unitCode, TenantScope scope) throws IOException {
        Unit unit = units.require(unitCode == null ? scope.unitCode() : unitCode);
        scope.requireCapture(unit);
        int total;
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            total = SurveyCsvParser.countRows(reader);
        } catch (java.nio.charset.MalformedInputException e) {
            Files.deleteIfExists(file);
            throw new InvalidField("file", "is not UTF-8 text; save the sheet as \"CSV UTF-8\"");
        }
        SurveyImport started = new SurveyImport(UUID.randomUUID().toString(), unit.code(), unit.path(), fileName,
                scope.username(), time.now(), null, SurveyImport.Status.RUNNING, total, 0, 0, 0, 0, List.of(), null);
        imports.start(started);
        executor.execute(() -> run(started, file, unit, scope));
        return started;
    }

    private void run(SurveyImport started, Path file, Unit unit, TenantScope scope) {
        Progress progress = new Progress(started.id());
        try (InputStream in = Files.newInputStream(file)) {
            var summary = new SurveyCsvParser(time.today()).parse(in, new SurveyRowVisitor() {
                @Override
                public void accepted(SurveyRow row) {
                    progress.rowRead();
                    importRow(row, unit, scope, progress);
                }

                @Override
                public void rejected(int line, List<SurveyRowError> errors) {
                    if (line > 1) {
                        progress.rowRead();
                    }
                    progress.errors(errors);
                }
            });
            progress.flush();
            imports.finish(started.id(), summary.complete() ? SurveyImport.Status.DONE : SurveyImport.Status.FAILED,
                    time.now(), summary.complete() ? null : "the file could not be read to its end; see the errors");
        } catch (RuntimeException | IOException e) {
            log.error("Survey import {} failed", started.id(), e);
            progress.flush();
            imports.finish(started.id(), SurveyImport.Status.FAILED, time.now(), "internal error: " + e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete the uploaded file {}", file, e);
            }
        }
    }

    private void importRow(SurveyRow row, Unit unit, TenantScope scope, Progress progress) {
        String id = UUID.nameUUIDFromBytes((unit.code() + "|" + row.importKey()).getBytes(StandardCharsets.UTF_8))
                .toString();
        PersonDetailsInput details = new PersonDetailsInput(row.fullName(), row.aliases(), row.sex(), row.birthDate(),
                row.birthYear(), row.cccd() == null ? null : row.cccd().value(),
                new Residence(row.permanentVillage(), row.permanentUnitCode()),
                new Residence(row.currentVillage(), row.currentUnitCode()), null, null, null, null);
        var command = new RegisteringPerson.RegisterPerson(details, unit.code(),
                new Person.ListChange(row.list(), row.reason(), row.listedOn(), row.decisionNumber(),
                        "annual survey import"), Set.of(), "annual survey import");
        try {
            registering.handle(id, command, scope, AuditAction.IMPORT);
            progress.imported();
        } catch (RegisteringPerson.AlreadyRegistered e) {
            progress.unchanged();
        } catch (RegisteringPerson.LikelyDuplicate e) {
            progress.errors(List.of(new SurveyRowError(row.line(), "Họ và tên", "likely the same person as "
                    + e.candidates().stream().map(DuplicateCandidate::describe).toList()
                    + "; check and register this row by hand if it is someone else")));
        } catch (Conflict | RuleViolation | InvalidField e) {
            progress.errors(List.of(new SurveyRowError(row.line(), null, e.getMessage())));
        }
    }

    /** Counts and buffered errors, written to the store every few rows. */
    private final class Progress {
        private final String id;
        private int rowsRead;
        private int imported;
        private int unchanged;
        private int errorCount;
        private final List<SurveyRowError> pending = new ArrayList<>();
        private int sinceFlush;
        private int kept;

        Progress(String id) {
            this.id = id;
        }

        void rowRead() {
            rowsRead++;
            if (++sinceFlush >= FLUSH_EVERY) {
                flush();
            }
        }

        void imported() {
            imported++;
        }

        void unchanged() {
            unchanged++;
        }

        void errors(List<SurveyRowError> errors) {
            errorCount++;
            for (SurveyRowError error : errors) {
                if (kept++ < SurveyImports.MAX_ERRORS) {
                    pending.add(error);
                }
            }
        }

        void flush() {
            imports.progress(id, rowsRead, imported, unchanged, errorCount, List.copyOf(pending));
            pending.clear();
            sinceFlush = 0;
        }
    }
}
