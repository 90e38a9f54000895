package vn.drugctl.hotspot.reconciliation.application;

import java.util.List;

/** Where the hotspots and surveillance records of a unit's subtree stand, read from the service's own records. */
public interface RecordPositions {
    /**
     * Where one record stands, without what it is about: its id, the sequence of its newest event (its history's
     * size), the version of its last write, its managing unit, kind and status, and for a hotspot whether it lies in
     * a business that needs a security licence.
     */
    record Position(String id, long sequence, long version, String unitCode, String kind, String status,
                    boolean licensed) {
    }

    /** Every hotspot whose unit path contains {@code unitCode}, ordered by id. */
    List<Position> hotspotsInSubtree(String unitCode);

    /** Every surveillance record whose unit path contains {@code unitCode}, ordered by id. */
    List<Position> surveillanceRecordsInSubtree(String unitCode);
}
