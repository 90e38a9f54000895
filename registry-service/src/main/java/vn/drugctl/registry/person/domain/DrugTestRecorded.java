package vn.drugctl.registry.person.domain;

import java.time.LocalDate;
import java.util.List;

/** A drug test was recorded; the business date is the test date, or the summons date when not tested. */
public record DrugTestRecorded(String personId, LocalDate businessDate, String testId, LocalDate summonsDate,
                               LocalDate testDate, DrugTest.Sample sample, List<DrugTest.Substance> substances,
                               DrugTest.Result result, String documentRef) implements PersonEvent, Correctable {
    @Override
    public PersonEvent amended(LocalDate date, ChangeReason reason, String ref) {
        return new DrugTestRecorded(personId, date == null ? businessDate : date, testId, summonsDate,
                testDate == null || date == null ? testDate : date, sample, substances, result,
                ref == null ? documentRef : ref);
    }

    DrugTest test() {
        return new DrugTest(testId, summonsDate, testDate, sample, substances, result, documentRef);
    }
}
