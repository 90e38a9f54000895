package vn.drugctl.hotspot.hotspot.domain;

import vn.drugctl.common.events.Actor;
import vn.drugctl.hotspot.testing.ShippedHotspotRules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Fixtures for the hotspot stories: the shipped rules, a fixed today, synthetic points of commune Vũ Bản. */
final class HotspotStory {
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final HotspotRuleBook RULES = ShippedHotspotRules.ruleBook();
    static final Hotspot.Context CONTEXT = new Hotspot.Context(RULES, TODAY, Instant.parse("2026-06-01T03:00:00Z"),
            new Actor("s-1", "officer.vuban", "HN-BL-VUBAN"));
    static final List<String> PATH = List.of("HN", "HN-BL", "HN-BL-VUBAN");

    private HotspotStory() {
    }

    static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    static Hotspot.Step step(HotspotReason reason, String date) {
        return new Hotspot.Step(reason, d(date), "QĐ 1/" + date, null);
    }

    static HotspotDetails place(HotspotKind kind, String name) {
        return HotspotDetails.of(kind, false, name, Address.of("Đường Trần Hưng Đạo", "Thôn Đông", "HN-BL-VUBAN",
                        new Coordinates(20.37, 106.02)), null, null, null, List.of(), "Nhiều người lạ ra vào ban đêm",
                "Trần Văn Cán Bộ");
    }

    static HotspotDetails dealer() {
        return HotspotDetails.of(HotspotKind.RETAIL_DEALER, false, "Đối tượng Lò Văn Giả", Address.of(null,
                        "Xóm Trại", "HN-BL-VUBAN", null), null, null,
                Dealer.of(null, "Lò Văn Giả", 1990, "Xóm Trại", "HN-BL-VUBAN", TODAY), List.of(), null,
                "Trần Văn Cán Bộ");
    }

    static Hotspot added(HotspotKind kind, String date) {
        HotspotDetails details = kind == HotspotKind.RETAIL_DEALER ? dealer() : place(kind, "Bãi đất trống ven sông");
        return Hotspot.add("h-1", kind, details, "HN-BL-VUBAN", PATH, step(HotspotReason.NEWLY_FOUND_BY_REVIEW, date),
                null, CONTEXT).hotspot();
    }

    static Set<HotspotDetails.MatchOn> none() {
        return Set.of();
    }
}
