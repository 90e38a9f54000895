package vn.drugctl.reporting.drugfree.domain;

/**
 * The numbers of one commune a criterion reads: the report ledger's stocks at the evaluation date, its flows in the
 * evaluation year (1 January to the evaluation date), and the arrests of the commune's residents who are not registry
 * persons (which the counters do not hold; read from the incidents' records).
 */
public interface Figures {
    /** A stock measure's value at the end of the evaluation date. */
    long stockAt(String measure);

    /** A flow measure's sum from 1 January of the evaluation year to the evaluation date. */
    long flowInYear(String measure);

    /** Suspects of incidents in the year whose residence is the commune and who are not registry persons. */
    long arrestedResidentsOutsideRegistry();

    /** Figures that are all zero: a commune with no records. */
    Figures NONE = new Figures() {
        @Override
        public long stockAt(String measure) {
            return 0;
        }

        @Override
        public long flowInYear(String measure) {
            return 0;
        }

        @Override
        public long arrestedResidentsOutsideRegistry() {
            return 0;
        }
    };
}
