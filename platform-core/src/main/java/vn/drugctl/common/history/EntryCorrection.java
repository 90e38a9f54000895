package vn.drugctl.common.history;

import java.time.LocalDate;

/**
 * A history event that corrects an earlier entry ({@link #correctsEventId()}): it voids it or gives it another business
 * date (and whatever else the aggregate lets a correction amend). History is never edited; the latest correction of
 * an entry is the one in force.
 */
public interface EntryCorrection {

    /** The id of the entry this corrects. */
    String correctsEventId();

    /** Whether the entry did not happen: it is left out of the effective history. */
    boolean voided();

    /** The business date the entry should have had, or {@code null} to keep its own. */
    LocalDate correctedBusinessDate();
}
