package vn.drugctl.hotspot.hotspot.application;

import vn.drugctl.common.audit.AuditEntry;
import vn.drugctl.common.tenancy.TenantScope;
import vn.drugctl.hotspot.hotspot.domain.HistoryEntry;
import vn.drugctl.hotspot.hotspot.domain.Hotspot;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The service's hotspots. Reads of records are scoped: nothing returns a hotspot without a tenant scope, except the
 * minimal {@link HotspotCard} (who manages a record, for the audit of a refused attempt) and the watched points a new
 * report matches (a province-wide check whose answer the use case discloses only as far as the caller's view allows).
 * A write stores the new state, the new history entries, their events and the audit line of the change in one atomic
 * document write.
 */
public interface Hotspots {
    /** Stores a new hotspot with its first entries and the audit line of the addition, atomically. */
    void add(Hotspot hotspot, List<HistoryEntry> entries, AuditEntry audit);

    /**
     * Stores the hotspot's new state, appends its new entries and records the audit line of the change, atomically,
     * if it is still at {@code expectedVersion}.
     *
     * @return {@code false} when someone else changed it meanwhile (nothing was written)
     */
    boolean update(Hotspot hotspot, long expectedVersion, List<HistoryEntry> newEntries, AuditEntry audit);

    /** The hotspot if it exists and lies in the caller's view scope. */
    Optional<Hotspot> find(String id, TenantScope scope);

    /** Who manages a hotspot, unscoped and minimal. */
    Optional<HotspotCard> card(String id);

    /** Watched points (neutralised, eradicated) holding any of {@code matchKeys}, unscoped (keys carry the province). */
    List<WatchedMatch> watchedMatching(Set<String> matchKeys, int limit);

    /** A page of hotspots in the caller's scope. */
    HotspotPage search(HotspotQuery query, TenantScope scope);

    /** The hotspots in the caller's scope with coordinates, matching the query's filters (its paging ignored). */
    List<MapPoint> mapPoints(HotspotQuery query, TenantScope scope, int limit);
}
