package vn.drugctl.reporting.submission.application;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A report's numbers by path ({@code lists.ADDICT.balance.current}, {@code arrests.seizedGrams.HEROIN}...), read from
 * its records: a list of records is keyed by each element's first component (its list, kind...), a map by its keys.
 */
final class ReportNumbers {
    private ReportNumbers() {
    }

    static Map<String, String> of(Object report) {
        Map<String, String> numbers = new TreeMap<>();
        walk("", report, numbers);
        return numbers;
    }

    private static void walk(String path, Object value, Map<String, String> into) {
        switch (value) {
            case null -> {
            }
            case Number n -> into.put(path, n.toString());
            case Boolean b -> into.put(path, b.toString());
            case Map<?, ?> map -> map.forEach((k, v) -> walk(join(path, String.valueOf(k)), v, into));
            case List<?> list -> {
                for (int i = 0; i < list.size(); i++) {
                    Object e = list.get(i);
                    walk(join(path, e != null && e.getClass().isRecord() ? key(e, i) : String.valueOf(i)), e, into);
                }
            }
            case Record r -> {
                for (RecordComponent c : r.getClass().getRecordComponents()) {
                    try {
                        walk(join(path, c.getName()), c.getAccessor().invoke(r), into);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("cannot read " + c, e);
                    }
                }
            }
            default -> {
                // texts and dates are not numbers
            }
        }
    }

    private static String key(Object record, int index) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        try {
            Object first = components.length == 0 ? null : components[0].getAccessor().invoke(record);
            if (first instanceof String s && components.length > 1) {
                Object second = components[1].getAccessor().invoke(record);
                return second instanceof String t ? s + ">" + t : s;
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return String.valueOf(index);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
