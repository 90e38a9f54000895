package vn.drugctl.registry.person.application;

import vn.drugctl.common.audit.RecordUnit;
import vn.drugctl.registry.person.domain.MainList;

import java.util.List;

/** The minimal card shown about a person outside the full record: name, birth year, list, managing unit. */
public record PersonCard(String id, String fullName, Integer birthYear, String village, MainList list,
                         String unitCode, List<String> unitPath) implements RecordUnit {
}
