package vn.drugctl.hotspot.hotspot.domain;

import vn.drugctl.common.history.EntryCorrection;

import java.time.LocalDate;

/**
 * An earlier lifecycle entry ({@code correctsEventId}) was wrong: voided, or amended to the corrected date, reason or
 * document ({@code null}: unchanged). The latest correction of an entry is the one in force.
 */
public record HotspotEntryCorrected(String hotspotId, LocalDate businessDate, String correctsEventId,
                                    String correctsEventType, boolean voided, LocalDate correctedBusinessDate,
                                    HotspotReason correctedReason, String correctedDocumentRef, String note)
        implements HotspotEvent, EntryCorrection {
}
