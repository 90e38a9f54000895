package vn.drugctl.registry.person.domain;

import java.time.LocalDate;

/**
 * The person entered a main list, from another list ({@code fromList}) or from none ({@code null}).
 *
 * @param managementPeriod the management period the rules in force set for this list, or {@code null}
 * @param periodEndsOn     the business date plus that period
 * @param ruleSet      the rule set the move was judged by
 */
public record PersonMovedToList(String personId, LocalDate businessDate, MainList fromList, MainList toList,
                                ChangeReason reason, String documentRef, String note, java.time.Period managementPeriod,
                                LocalDate periodEndsOn,
                                String ruleSet) implements PersonEvent, Correctable {
    @Override
    public PersonEvent amended(LocalDate date, ChangeReason newReason, String ref) {
        LocalDate d = date == null ? businessDate : date;
        return new PersonMovedToList(personId, d, fromList, toList, newReason == null ? reason : newReason,
                ref == null ? documentRef : ref, note, managementPeriod,
                managementPeriod == null ? null : d.plus(managementPeriod), ruleSet);
    }
}
