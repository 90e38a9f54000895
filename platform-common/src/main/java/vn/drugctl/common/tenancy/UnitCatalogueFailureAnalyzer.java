package vn.drugctl.common.tenancy;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a malformed unit catalogue into a start-up message that names the file and the line. */
public class UnitCatalogueFailureAnalyzer extends AbstractFailureAnalyzer<UnitCatalogueException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnitCatalogueException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix line " + cause.line() + " of " + cause.source()
                        + " (or point drugctl.units.file / DRUGCTL_UNITS_FILE at a valid catalogue) and start again.",
                cause);
    }
}
