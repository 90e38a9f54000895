/**
 * Hotspots and retail dealers (Guidance 689/HD-C04-P4): the {@code Hotspot} aggregate with its append-only history
 * and lifecycle (added, escalated, neutralised, eradicated, removed, reactivated), judged by dated rule sets
 * ({@code drugctl/hotspot-rules.yml}); {@code domain} (rules, no framework), {@code application} (use cases and
 * ports), {@code infrastructure.mongo} (the scoped store, outbox in the same document write),
 * {@code infrastructure.config} (the rules file), {@code web} (the API under {@code /api/hotspots}).
 */
package vn.drugctl.hotspot.hotspot;
