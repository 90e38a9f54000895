package vn.drugctl.hotspot.arrest.domain;

import vn.drugctl.common.events.DomainEvent;

import java.time.LocalDate;

/**
 * Everything that happens to an incident record. Each event has a business date (when it happened in the world,
 * never in the future); when it was entered and by whom travel beside it ({@link IncidentHistoryEntry}, the
 * envelope). Names and schema versions: {@link IncidentEventTypes}.
 */
public sealed interface IncidentEvent extends DomainEvent
        permits IncidentRecorded, IncidentOutcomeRecorded, IncidentCorrected, SuspectArrested,
        ResidentArrested {
    String incidentId();

    LocalDate businessDate();

    @Override
    default String eventType() {
        return IncidentEventTypes.TABLE.nameOf(this);
    }

    @Override
    default int schemaVersion() {
        return IncidentEventTypes.TABLE.of(this).schemaVersion();
    }
}
