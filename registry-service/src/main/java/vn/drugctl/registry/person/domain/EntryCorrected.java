package vn.drugctl.registry.person.domain;

import vn.drugctl.common.history.EntryCorrection;

import java.time.LocalDate;

/**
 * A recorded entry was wrong. History is never edited: this event points at the entry it corrects and either
 * voids it or gives the values it should have had ({@code null} keeps the recorded value).
 *
 * @param businessDate the day the correction was made
 */
public record EntryCorrected(String personId, LocalDate businessDate, String correctsEventId,
                             String correctsEventType, boolean voided, LocalDate correctedBusinessDate,
                             ChangeReason correctedReason, String correctedDocumentRef, String note)
        implements PersonEvent, EntryCorrection {
}
