package vn.drugctl.common.audit.web;

import vn.drugctl.common.audit.AuditAction;
import vn.drugctl.common.audit.AuditEntry;
import vn.drugctl.common.audit.AuditPage;

import java.time.Instant;
import java.util.List;

/** A page of the audit trail as the supervisor endpoints answer it: {@code {"items":[…], "page":{…}}}. */
public record AuditPageResponse(List<Item> items, PageInfo page) {

    /**
     * What a supervisor sees of one entry: no token subject, no unit paths (the catalogue has them).
     *
     * @param recordType {@code person}, {@code hotspot}...; for a search, the type searched
     * @param recordId   {@code null} for a search
     */
    public record Item(String id, Instant at, String username, String actorUnitCode, String recordType,
                       String recordId, String recordUnitCode, AuditAction action, String what, String purpose,
                       String correlationId, Long resultCount) {
        public static Item of(AuditEntry e) {
            return new Item(e.id(), e.at(), e.username(), e.actorUnitCode(), e.recordType(), e.recordId(),
                    e.recordUnitCode(), e.action(), e.what(), e.purpose(), e.correlationId(), e.resultCount());
        }
    }

    /** @param number 0-based; {@code items} the number of entries on this page */
    public record PageInfo(int number, int size, int items, boolean hasNext) {
    }

    public static AuditPageResponse of(AuditPage page) {
        return new AuditPageResponse(page.items().stream().map(Item::of).toList(),
                new PageInfo(page.page(), page.size(), page.items().size(), page.hasNext()));
    }
}
