package vn.drugctl.reporting.hotspot.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

import vn.drugctl.reporting.ledger.domain.Ledger;
import vn.drugctl.reporting.ledger.domain.LedgerKey;
import vn.drugctl.reporting.ledger.domain.ProjectedEvent;

/** Builds one synthetic aggregate's events, numbering them in the order they are added; ledger sums for asserts. */
class TestHistory {
    static final String UNIT = "HNA-BL-VUBAN";
    static final String OTHER_UNIT = "HNA-BL-ANDO";
    static final String PROVINCE = "HNA";

    final List<ProjectedEvent> events = new ArrayList<>();
    final String id;
    final String idField;
    String unit = UNIT;

    TestHistory(String idField, String id) {
        this.idField = idField;
        this.id = id;
    }

    ProjectedEvent add(String type, int schemaVersion, String date, Map<String, Object> fields) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put(idField, id);
        payload.put("businessDate", date);
        payload.putAll(fields);
        long sequence = events.size() + 1;
        ProjectedEvent e = new ProjectedEvent(id + "-e" + sequence, type, schemaVersion, sequence, unit,
                List.of(unit.substring(0, unit.indexOf('-')), unit.substring(0, unit.lastIndexOf('-')), unit),
                d(date), payload);
        events.add(e);
        return e;
    }

    ProjectedEvent add(String type, String date, Map<String, Object> fields) {
        return add(type, 1, date, fields);
    }

    /** A map that may hold nulls, from key, value pairs. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** The events renumbered 1, 2, ... in list order. */
    static List<ProjectedEvent> renumbered(List<ProjectedEvent> events) {
        List<ProjectedEvent> out = new ArrayList<>();
        for (ProjectedEvent e : events) {
            out.add(new ProjectedEvent(e.eventId(), e.eventType(), e.schemaVersion(), out.size() + 1, e.unitCode(),
                    e.unitPath(), e.businessDate(), e.payload()));
        }
        return out;
    }

    static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    static long amount(Ledger ledger, String unit, String date, String measure) {
        return ledger.amounts().getOrDefault(new LedgerKey(unit, d(date), measure), 0L);
    }

    static long sumUpTo(Ledger ledger, String unit, LocalDate date, Predicate<String> measure) {
        long sum = 0;
        for (Map.Entry<LedgerKey, Long> e : ledger.amounts().entrySet()) {
            LedgerKey k = e.getKey();
            if (k.unitCode().equals(unit) && !k.date().isAfter(date) && measure.test(k.measure())) {
                sum += e.getValue();
            }
        }
        return sum;
    }

    static long stockOn(Ledger ledger, String unit, String measure, String date) {
        return sumUpTo(ledger, unit, d(date), measure::equals);
    }

    /** Every date of the ledger and the day before each: where a stock may change. */
    static TreeSet<LocalDate> datesOf(Ledger ledger) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (LedgerKey k : ledger.amounts().keySet()) {
            dates.add(k.date());
            dates.add(k.date().minusDays(1));
        }
        return dates;
    }

    static TreeSet<String> unitsOf(Ledger ledger) {
        TreeSet<String> units = new TreeSet<>();
        ledger.amounts().keySet().forEach(k -> units.add(k.unitCode()));
        return units;
    }

    /** Asserts: for every unit and date, stock up to the date = its in-flows - its out-flows up to it. */
    static void assertBalanced(Ledger ledger, String stock) {
        for (String unit : unitsOf(ledger)) {
            for (LocalDate date : datesOf(ledger)) {
                long current = sumUpTo(ledger, unit, date, stock::equals);
                long in = sumUpTo(ledger, unit, date, m -> m.startsWith(stock + ":in:"));
                long out = sumUpTo(ledger, unit, date, m -> m.startsWith(stock + ":out:"));
                org.assertj.core.api.Assertions.assertThat(current).as("%s at %s on %s", stock, unit, date)
                        .isEqualTo(in - out).isBetween(0L, 1L);
            }
        }
    }
}
