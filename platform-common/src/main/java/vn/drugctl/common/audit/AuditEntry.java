package vn.drugctl.common.audit;

import java.time.Instant;
import java.util.List;

/**
 * One line of the append-only audit trail: who (token subject, user name, the unit they acted for and its path),
 * when, which record (its type, id, and the unit managing it, with its path), what, and the purpose the user gave.
 *
 * @param recordType     the kind of record, singular and lower case: {@code person}, {@code hotspot},
 *                       {@code incident}, {@code surveillance-record}...
 * @param recordId       the record read, changed, disclosed or tried; {@code null} for a search
 * @param recordUnitCode the unit managing the record; {@code null} for a search and for an attempt on an id that
 *                       does not exist
 * @param recordUnitPath that unit's path, province first (decides which supervisors see the entry); empty when
 *                       {@code recordUnitCode} is {@code null}
 * @param what           short description, e.g. the event type and id ({@code PersonMovedToList 1f0…}), {@code full
 *                       record}, a search's filters
 * @param purpose        the purpose the user stated, or {@code null}
 * @param resultCount    for a search, how many records matched; else {@code null}
 */
public record AuditEntry(String id, Instant at, String subject, String username, String actorUnitCode,
                         List<String> actorUnitPath, String recordType, String recordId, String recordUnitCode,
                         List<String> recordUnitPath, AuditAction action, String what, String purpose,
                         String correlationId, Long resultCount) {
    public AuditEntry {
        actorUnitPath = actorUnitPath == null ? List.of() : List.copyOf(actorUnitPath);
        recordUnitPath = recordUnitPath == null ? List.of() : List.copyOf(recordUnitPath);
    }
}
