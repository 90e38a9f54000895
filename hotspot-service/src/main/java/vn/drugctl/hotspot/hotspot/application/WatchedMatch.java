package vn.drugctl.hotspot.hotspot.application;

import vn.drugctl.hotspot.hotspot.domain.HotspotDetails;

import java.util.Set;

/** A watched point (neutralised or eradicated) of the province that a new report matched, and on what. */
public record WatchedMatch(HotspotCard card, Set<HotspotDetails.MatchOn> matchedOn) {
}
