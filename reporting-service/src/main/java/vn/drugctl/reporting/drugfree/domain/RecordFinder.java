package vn.drugctl.reporting.drugfree.domain;

import java.util.List;

/** Finds the records behind a criterion's number for one commune and evaluation date (asked only when it fails). */
@FunctionalInterface
public interface RecordFinder {
    List<RecordRef> behind(Criterion criterion);

    RecordFinder NONE = c -> List.of();
}
