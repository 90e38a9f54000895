package vn.drugctl.registry.person.application;

import vn.drugctl.registry.person.domain.AddictLocation;
import vn.drugctl.registry.person.domain.Flag;
import vn.drugctl.registry.person.domain.MainList;
import vn.drugctl.registry.person.domain.Presence;
import vn.drugctl.registry.person.domain.Sex;

import java.time.LocalDate;
import java.util.Set;

/** A line of a search result: enough to recognise a person, not the full record (reading that is audited). */
public record PersonSummary(String id, String fullName, Sex sex, Integer birthYear, String village, MainList list,
                            LocalDate onListSince, AddictLocation addictLocation, Set<Flag> flags, Presence presence,
                            String unitCode) {
}
