package vn.drugctl.registry.person.domain;

import java.time.LocalDate;

/** An administrative sanction decision was recorded as issued, or as not issued with its reason. */
public record SanctionRecorded(String personId, LocalDate businessDate, String sanctionId, boolean issued,
                               String decisionNumber, SanctionDecision.NotIssuedReason notIssuedReason, String note)
        implements PersonEvent, Correctable {
    @Override
    public PersonEvent amended(LocalDate date, ChangeReason reason, String ref) {
        return new SanctionRecorded(personId, date == null ? businessDate : date, sanctionId, issued,
                ref == null ? decisionNumber : ref, notIssuedReason, note);
    }

    SanctionDecision decision() {
        return new SanctionDecision(sanctionId, issued, decisionNumber, businessDate, notIssuedReason, note);
    }
}
