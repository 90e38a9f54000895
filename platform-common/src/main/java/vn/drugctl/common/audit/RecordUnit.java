package vn.drugctl.common.audit;

import java.util.List;

/**
 * The unit managing a record, as an audit line names it: its code and its path, province first (which decides the
 * supervisors who see the line). An aggregate's card or its owner look-up is one.
 */
public interface RecordUnit {
    String unitCode();

    List<String> unitPath();

    static RecordUnit of(String unitCode, List<String> unitPath) {
        return new Of(unitCode, unitPath);
    }

    /** A unit given by its code and path. */
    record Of(String unitCode, List<String> unitPath) implements RecordUnit {
    }
}
