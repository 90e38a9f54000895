package vn.drugctl.registry.person.application;

import java.util.List;

/** One page of a search: summaries, the page asked for and the total that matched. */
public record PersonPage(List<PersonSummary> items, int page, int size, long total) {
}
