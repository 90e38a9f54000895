package vn.drugctl.hotspot.surveillance.domain;

import vn.drugctl.common.events.DomainEvent;

import java.time.LocalDate;

/**
 * Everything that happens to a surveillance record, each with its business date (never in the future). Names and
 * schema versions: {@link SurveillanceEventTypes}.
 */
public sealed interface SurveillanceEvent extends DomainEvent
        permits SurveillanceRecordOpened, SurveillanceRecordReclassified, SurveillanceRecordClosed,
        SurveillanceEntryCorrected {
    String recordId();

    LocalDate businessDate();

    @Override
    default String eventType() {
        return SurveillanceEventTypes.TABLE.nameOf(this);
    }

    @Override
    default int schemaVersion() {
        return SurveillanceEventTypes.TABLE.of(this).schemaVersion();
    }
}
