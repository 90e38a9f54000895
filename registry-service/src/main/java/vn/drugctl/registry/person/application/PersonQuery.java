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
