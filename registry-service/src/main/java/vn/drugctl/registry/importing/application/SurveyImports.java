package vn.drugctl.registry.importing.application;

import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.registry.importing.domain.SurveyRowError;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where survey imports and their progress are kept. */
public interface SurveyImports {
    int MAX_ERRORS = 10_000;

    void start(SurveyImport started);

    /** Records progress; the new errors are appended (up to {@link #MAX_ERRORS} in all). */
    void progress(String id, int rowsRead, int imported, int unchanged, int errorCount, List<SurveyRowError> newErrors);

    void finish(String id, SurveyImport.Status status, Instant at, String failure);

    Optional<SurveyImport> find(String id, TenantScope scope);

    /** Marks imports left running by a previous process as interrupted; returns how many. */
    int interruptRunning(Instant at);
}
