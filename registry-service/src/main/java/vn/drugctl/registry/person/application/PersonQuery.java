package vn.drugctl.registry.person.application;

import vn.drugctl.registry.person.domain.Flag;
import vn.drugctl.registry.person.domain.MainList;

import java.util.Set;

/**
 * A search within the caller's scope. {@code null} fields do not filter.
 *
 * @param onNoList     only people on no list (then {@code lists} must be empty)
 * @param unitCode     only people managed by this unit or below it
 * @param birthYearMin inclusive bounds (the web layer turns an age band into them)
 * @param namePrefix   folded (no diacritics, lower case) prefix of the name
 */
public record PersonQuery(Set<MainList> lists, boolean onNoList, Set<Flag> flags, String unitCode,
                          Integer birthYearMin, Integer birthYearMax, String namePrefix, Integer birthYear,
                          Sort sort, int page, int size) {
    public PersonQuery {
        lists = lists == null ? Set.of() : Set.copyOf(lists);
        flags = flags == null ? Set.of() : Set.copyOf(flags);
    }

    /** The filters as a line for the audit trail, e.g. {@code list=[ADDICT] name^=nguyen page=0 size=50}. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        if (onNoList) {
            b.append(" list=NONE");
        } else if (!lists.isEmpty()) {
            b.append(" list=").append(lists.stream().map(Enum::name).sorted().toList());
        }
        if (!flags.isEmpty()) {
            b.append(" flag=").append(flags.stream().map(Enum::name).sorted().toList());
        }
        if (unitCode != null) {
            b.append(" unit=").append(unitCode);
        }
        if (birthYearMin != null || birthYearMax != null) {
            b.append(" birthYear=").append(birthYearMin == null ? "" : birthYearMin).append("..")
                    .append(birthYearMax == null ? "" : birthYearMax);
        }
        if (birthYear != null) {
            b.append(" birthYear=").append(birthYear);
        }
        if (namePrefix != null) {
            b.append(" name^=").append(namePrefix);
        }
        b.append(" sort=").append(sort).append(" page=").append(page).append(" size=").append(size);
        return "search" + b;
    }

    public enum Sort {
        NAME("foldedName"), BIRTH_YEAR("birthYear"), REGISTERED("registeredAt"), LIST_SINCE("onListSince");

        private final String field;

        Sort(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
