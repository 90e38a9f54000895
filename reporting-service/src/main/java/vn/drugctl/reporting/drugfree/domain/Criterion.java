package vn.drugctl.reporting.drugfree.domain;

import vn.drugctl.reporting.hotspot.domain.HotspotMeasures;
import vn.drugctl.reporting.registry.domain.RegistryMeasures;

import java.util.List;

/**
 * One drug-free criterion: a number found for the commune (by its {@link CheckKind}) that must not exceed
 * {@link #limit()} (0 for "no ..."). The measures read are the report ledger's ({@link RegistryMeasures},
 * {@link HotspotMeasures}).
 */
public sealed interface Criterion {
    String id();

    String description();

    long limit();

    CheckKind kind();

    /** The number this criterion finds in the commune's figures. */
    long found(Figures figures);

    /**
     * Active points of {@code hotspotKinds} (both licensed-business flags) at the evaluation date: stock
     * {@code H:<kind>:LICENSED} + {@code H:<kind>:UNLICENSED}.
     */
    record ActiveHotspots(String id, String description, long limit, List<String> hotspotKinds) implements Criterion {
        public ActiveHotspots {
            check(id, description, limit);
            hotspotKinds = nonEmpty(id, "hotspot-kinds", hotspotKinds);
        }

        @Override
        public CheckKind kind() {
            return CheckKind.ACTIVE_HOTSPOTS;
        }

        @Override
        public long found(Figures f) {
            return hotspotKinds.stream().mapToLong(k -> f.stockAt(HotspotMeasures.hotspots(k, true))
                    + f.stockAt(HotspotMeasures.hotspots(k, false))).sum();
        }
    }

    /**
     * People who came onto {@code list} in the year: from no list for one of {@code entryReasons}
     * ({@code L:<list>:in:<reason>}), or moved to it from one of {@code fromLists} ({@code X:<from>:<list>}). A
     * transfer from another commune ({@code TRANSFERRED_IN}) is not new; nor, unless configured, a relapse
     * ({@code POST_REHAB} to {@code ADDICT}).
     */
    record NewOnList(String id, String description, long limit, String list, List<String> entryReasons,
                     List<String> fromLists) implements Criterion {
        public NewOnList {
            check(id, description, limit);
            if (list == null || list.isBlank()) {
                throw new IllegalArgumentException("criterion " + id + " needs a list");
            }
            entryReasons = entryReasons == null ? List.of() : List.copyOf(entryReasons);
            fromLists = fromLists == null ? List.of() : List.copyOf(fromLists);
            if (entryReasons.isEmpty() && fromLists.isEmpty()) {
                throw new IllegalArgumentException("criterion " + id + " needs entry-reasons or from-lists");
            }
        }

        @Override
        public CheckKind kind() {
            return CheckKind.NEW_ON_LIST;
        }

        @Override
        public long found(Figures f) {
            return entryReasons.stream().mapToLong(r -> f.flowInYear(RegistryMeasures.added(list, r))).sum()
                    + fromLists.stream().mapToLong(from -> f.flowInYear(RegistryMeasures.moved(from, list))).sum();
        }
    }

    /**
     * People on {@code lists} at the evaluation date whose management dossier is not one of
     * {@code acceptedDossiers}: stock {@code L:<list>} minus {@code L:<list>:by:dossier:<accepted>} (so a person whose
     * dossier state was never given counts as without one).
     */
    record WithoutDossier(String id, String description, long limit, List<String> lists,
                          List<String> acceptedDossiers) implements Criterion {
        public WithoutDossier {
            check(id, description, limit);
            lists = nonEmpty(id, "lists", lists);
            acceptedDossiers = nonEmpty(id, "accepted-dossiers", acceptedDossiers);
        }

        @Override
        public CheckKind kind() {
            return CheckKind.WITHOUT_DOSSIER;
        }

        @Override
        public long found(Figures f) {
            long without = 0;
            for (String list : lists) {
                without += f.stockAt(RegistryMeasures.stock(list));
                for (String accepted : acceptedDossiers) {
                    without -= f.stockAt(RegistryMeasures.by(list, RegistryMeasures.DOSSIER, accepted));
                }
            }
            return Math.max(0, without);
        }
    }

    /**
     * Residents arrested for drug offences in the year: arrests of registry persons managed by the commune
     * ({@code A:arrested}, one per incident and suspect) plus suspects of the province's incidents who live in the
     * commune and are not registry persons.
     */
    record ResidentArrests(String id, String description, long limit) implements Criterion {
        public ResidentArrests {
            check(id, description, limit);
        }

        @Override
        public CheckKind kind() {
            return CheckKind.RESIDENT_ARRESTS;
        }

        @Override
        public long found(Figures f) {
            return f.flowInYear(RegistryMeasures.arrests()) + f.arrestedResidentsOutsideRegistry();
        }
    }

    private static void check(String id, String description, long limit) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a criterion needs an id");
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("criterion " + id + " needs a description");
        }
        if (limit < 0) {
            throw new IllegalArgumentException("criterion " + id + ": the limit must not be negative");
        }
    }

    private static List<String> nonEmpty(String id, String what, List<String> values) {
        if (values == null || values.isEmpty() || values.stream().anyMatch(v -> v == null || v.isBlank())) {
            throw new IllegalArgumentException("criterion " + id + " needs " + what);
        }
        return List.copyOf(values);
    }
}
