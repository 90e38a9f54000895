/**
 * Append-only histories read as they stand: corrections applied, entries in business-date order. The aggregates of
 * every service (a registry person, a hotspot, a surveillance record) are replays of such a history.
 */
package vn.drugctl.common.history;
