package vn.drugctl.registry.importing.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.drugctl.common.domain.Conflict;
import vn.drugctl.common.domain.InvalidField;
import vn.drugctl.common.domain.RuleViolation;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.common.tenancy.Unit;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.common.audit.AuditAction;
import vn.drugctl.registry.person.application.DuplicateCandidate;
import vn.drugctl.registry.importing.domain.SurveyCsvParser;
import vn.drugctl.registry.importing.domain.SurveyParseSummary;
import vn.drugctl.registry.importing.domain.SurveyRow;
import vn.drugctl.registry.importing.domain.SurveyRowError;
import vn.drugctl.registry.importing.domain.SurveyRowVisitor;
import vn.drugctl.registry.person.application.PersonDetailsInput;
import vn.drugctl.registry.person.application.RegisteringPerson;
import vn.drugctl.registry.person.application.RegistryTime;
import vn.drugctl.registry.person.domain.FreeText;
import vn.drugctl.registry.person.domain.Person;
import vn.drugctl.registry.person.domain.Residence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Imports the annual survey (rà soát) of a unit from a CSV file: each good row registers a person on its list, each
 * bad row is reported with its line and reason, and a row imported before (same content, in whatever file) changes
 * nothing, because its person's id is derived from the unit and the row's content. Runs in the background, one import
 * at a time per instance; progress is stored as it goes.
 * <p>
 * Guarantees:
 * <ul>
 *   <li>Bounded: a unit has at most {@link Limits#maxActivePerUnit()} imports queued or running (across instances:
 *       the new import is stored, then the unit's active imports are counted, and it is removed again if they are
 *       too many, so two uploads racing for the last place may both be refused, never both accepted); the instance's
 *       queue holds at most {@link Limits#queueCapacity()}. Beyond either: {@link TooManyImports}, nothing stored.
 *       An import keeps its first {@link Limits#maxErrorsKept()} errors and counts the rest; every error is bounded
 *       ({@link SurveyRowError}), so the import's document stays far below MongoDB's 16 MB.</li>
 *   <li>Never left running: any failure during the run (the file unreadable, a progress write refused, the store
 *       gone, an {@link Error}) ends it {@link SurveyImport.Status#FAILED} with the reason. If even that write fails,
 *       or the process dies, its lease runs out and {@link SurveyImports#interruptAbandoned} marks it
 *       {@link SurveyImport.Status#INTERRUPTED}.</li>
 *   <li>The uploaded file is deleted in every path: when the upload is refused, when queueing fails, when the run
 *       ends however it ends; files of a process that died are deleted at the next start.</li>
 * </ul>
 * Rows registered before a failure stay registered; uploading the file again imports the rest and leaves them
 * unchanged.
 */
public class ImportingSurvey {
    private static final Logger log = LoggerFactory.getLogger(ImportingSurvey.class);
    private static final int FLUSH_EVERY = 200;
    private static final int MAX_FILE_NAME = 200;
    private static final int MAX_FAILURE = 500;

    /**
     * @param maxActivePerUnit imports a unit may have queued or running at once
     * @param queueCapacity    imports waiting in this instance's queue (behind the running one)
     * @param maxErrorsKept    errors kept per import; more are only counted
     * @param lease            how long an import stays claimed by its instance without a renewal
     * @param retryAfter       what a refused upload is told to wait
     */
    public record Limits(int maxActivePerUnit, int queueCapacity, int maxErrorsKept, Duration lease,
                         Duration retryAfter) {
        public static final Limits DEFAULT = new Limits(2, 20, 1_000, Duration.ofMinutes(2), Duration.ofSeconds(60));
    }

    /** The unit (or this instance) has as many imports queued or running as it may; try again later. */
    public static class TooManyImports extends RuntimeException {
        private final String unitCode;
        private final List<String> active;
        private final Duration retryAfter;

        TooManyImports(String message, String unitCode, List<String> active, Duration retryAfter) {
            super(message);
            this.unitCode = unitCode;
            this.active = List.copyOf(active);
            this.retryAfter = retryAfter;
        }

        public String unitCode() {
            return unitCode;
        }

        /** The unit's imports that hold its places (to poll), or empty when this instance's queue is full. */
        public List<String> active() {
            return active;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    private final SurveyImports imports;
    private final SurveyUploads uploads;
    private final RegisteringPerson registering;
    private final UnitCatalogue units;
    private final RegistryTime time;
    private final Executor executor;
    private final String instanceId;
    private final Limits limits;

    /**
     * @param executor   runs the imports; refuses (RejectedExecutionException) beyond its queue's capacity
     * @param instanceId this process among the service's instances, recorded on the imports it runs
     */
    public ImportingSurvey(SurveyImports imports, SurveyUploads uploads, RegisteringPerson registering,
                           UnitCatalogue units, RegistryTime time, Executor executor, String instanceId,
                           Limits limits) {
        this.imports = imports;
        this.uploads = uploads;
        this.registering = registering;
        this.units = units;
        this.time = time;
        this.executor = executor;
        this.instanceId = instanceId;
        this.limits = limits;
    }

    public Limits limits() {
        return limits;
    }

    /**
     * Saves the file and queues its import for {@code unitCode} (the caller's unit when {@code null}).
     *
     * @return the import as queued; poll {@link SurveyImports#find} for progress
     * @throws IOException     when the file could not be saved (nothing is left of it)
     * @throws InvalidField    on {@code file} when it is not UTF-8
     * @throws TooManyImports  when the unit or this instance has no place left
     */
    public SurveyImport start(InputStream content, String fileName, String unitCode, TenantScope scope)
            throws IOException {
        Unit unit = units.require(unitCode == null ? scope.unitCode() : unitCode);
        scope.requireCapture(unit);
        String id = UUID.randomUUID().toString();
        uploads.save(id, content);
        boolean stored = false;
        boolean queued = false;
        try {
            int total;
            try (var reader = new BufferedReader(new InputStreamReader(uploads.open(id),
                    StandardCharsets.UTF_8.newDecoder()))) {
                total = SurveyCsvParser.countRows(reader);
            } catch (CharacterCodingException e) {
                throw new InvalidField("file", "is not UTF-8 text; save the sheet as \"CSV UTF-8\"");
            }
            SurveyImport started = new SurveyImport(id, unit.code(), unit.path(), displayName(fileName),
                    scope.username(), time.now(), null, SurveyImport.Status.QUEUED, total, 0, 0, 0, 0, List.of(), 0,
                    null);
            imports.add(started, instanceId, leaseUntil());
            stored = true;
            List<String> active = imports.active(unit.code());
            if (active.size() > limits.maxActivePerUnit()) {
                throw new TooManyImports("unit " + unit.code() + " already has " + (active.size() - 1) + " import(s) "
                        + "queued or running (at most " + limits.maxActivePerUnit() + "); upload again when one "
                        + "has ended", unit.code(), active.stream().filter(a -> !a.equals(id)).toList(),
                        limits.retryAfter());
            }
            try {
                executor.execute(() -> run(started, unit, scope));
            } catch (RejectedExecutionException e) {
                throw new TooManyImports("the service is busy with " + limits.queueCapacity() + " queued imports; "
                        + "upload again later", unit.code(), List.of(), limits.retryAfter());
            }
            queued = true;
            return started;
        } finally {
            if (!queued) {
                if (stored) {
                    removeQuietly(id);
                }
                uploads.delete(id);
            }
        }
    }

    private void run(SurveyImport started, Unit unit, TenantScope scope) {
        String id = started.id();
        Progress progress = new Progress(id);
        SurveyImport.Status status;
        String failure;
        try {
            imports.running(id, leaseUntil());
            SurveyParseSummary summary;
            try (InputStream in = uploads.open(id)) {
                summary = new SurveyCsvParser(time.today()).parse(in, new SurveyRowVisitor() {
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
            }
            progress.flush();
            status = summary.complete() ? SurveyImport.Status.DONE : SurveyImport.Status.FAILED;
            failure = summary.complete() ? null : "the file could not be read to its end; see the errors";
        } catch (Throwable e) {
            log.error("Survey import {} failed after {} rows", id, progress.rowsRead, e);
            status = SurveyImport.Status.FAILED;
            failure = failure(e);
        } finally {
            uploads.delete(id);
        }
        try {
            imports.finish(id, status, time.now(), failure, progress.counts());
        } catch (RuntimeException e) {
            log.error("Could not record the end ({}) of survey import {}; it is marked INTERRUPTED when its lease "
                    + "ends", status, id, e);
        }
    }

    /** Why an import stopped, for the officer who uploaded it: what happened and what to do, no stack trace. */
    private static String failure(Throwable e) {
        String reason = switch (e) {
            case ProgressNotRecorded p -> "the import's progress could not be recorded ("
                    + p.getCause().getClass().getSimpleName() + ")";
            case IOException io -> "the uploaded file could not be read (" + io.getClass().getSimpleName() + ")";
            default -> "internal error (" + e.getClass().getSimpleName() + ")";
        };
        String text = reason + "; the rows imported before it stay: upload the file again to import the rest";
        return text.length() <= MAX_FAILURE ? text : text.substring(0, MAX_FAILURE - 1) + "…";
    }

    /** The file's name as the browser sent it, without folders or control characters, at most 200 characters. */
    static String displayName(String fileName) {
        if (fileName == null) {
            return null;
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        StringBuilder shown = new StringBuilder();
        name.codePoints().forEach(c -> shown.appendCodePoint(FreeText.problem(Character.toString(c)).isPresent()
                ? '_' : c));
        return shown.length() <= MAX_FILE_NAME ? shown.toString() : shown.substring(0, MAX_FILE_NAME - 1) + "…";
    }

    private Instant leaseUntil() {
        return time.now().plus(limits.lease());
    }

    private void removeQuietly(String id) {
        try {
            imports.remove(id);
        } catch (RuntimeException e) {
            log.warn("Could not remove the refused survey import {}; it is marked INTERRUPTED when its lease ends",
                    id, e);
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

    /** A progress write failed: the import stops rather than run on unrecorded. */
    private static final class ProgressNotRecorded extends RuntimeException {
        ProgressNotRecorded(RuntimeException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Counts and buffered errors, written to the store every few rows. */
    private final class Progress {
        private final String id;
        private int rowsRead;
        private int imported;
        private int unchanged;
        private int errorCount;
        private int kept;
        private int omitted;
        private final List<SurveyRowError> pending = new ArrayList<>();
        private int sinceFlush;

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
                if (kept < limits.maxErrorsKept()) {
                    kept++;
                    pending.add(error);
                } else {
                    omitted++;
                }
            }
        }

        SurveyImport.Counts counts() {
            return new SurveyImport.Counts(rowsRead, imported, unchanged, errorCount, omitted);
        }

        void flush() {
            try {
                imports.progress(id, counts(), List.copyOf(pending), leaseUntil());
            } catch (RuntimeException e) {
                throw new ProgressNotRecorded(e);
            }
            pending.clear();
            sinceFlush = 0;
        }
    }
}
