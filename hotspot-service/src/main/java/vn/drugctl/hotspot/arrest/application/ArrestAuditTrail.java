package vn.drugctl.hotspot.arrest.application;

import vn.drugctl.hotspot.hotspot.application.AuditLine;

/**
 * The append-only audit trail of incidents (and, through its own instance, of surveillance records): a read, a
 * refusal or a search is recorded at once, before the answer goes out; the line of a change travels in the change's
 * own document write ({@link Incidents}).
 */
public interface ArrestAuditTrail {
    void record(AuditLine line);
}
