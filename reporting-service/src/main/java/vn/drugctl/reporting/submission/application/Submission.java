package vn.drugctl.reporting.submission.application;

import vn.drugctl.reporting.periodreport.application.PeriodReport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A unit's report for a period as it was submitted: frozen, with who submitted it and when. */
public record Submission(String id, String unitCode, List<String> unitPath, LocalDate from, LocalDate to,
                         String submittedBy, Instant submittedAt, PeriodReport report) {
    public Submission {
        unitPath = List.copyOf(unitPath);
    }
}
