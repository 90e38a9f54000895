package vn.drugctl.common.events;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fixed table of an aggregate's event types: every concrete class of the aggregate's sealed event interface has
 * exactly one row, and no two rows share a name. Built once, when the contract class is loaded, and checked then:
 * a class without a row, two rows for one class, or a name used twice stops the service at start-up (and its
 * tests), rather than sending or storing an event under a name nobody agreed on.
 *
 * <p>Free of any framework: the domain may hold its table, so the names also serve inside the domain (a correction
 * names the type of the entry it corrects).
 */
public final class EventTypes<E> {
    private final Class<E> root;
    private final List<EventType<E>> rows;
    private final Map<String, EventType<E>> byName;
    private final Map<Class<?>, EventType<E>> byClass;

    private EventTypes(Class<E> root, List<EventType<E>> rows) {
        this.root = root;
        this.rows = List.copyOf(rows);
        Map<String, EventType<E>> names = new LinkedHashMap<>();
        Map<Class<?>, EventType<E>> classes = new HashMap<>();
        for (EventType<E> row : rows) {
            if (!root.isAssignableFrom(row.javaType())) {
                throw new IllegalStateException("Event type " + row.name() + " maps to " + row.javaType().getName()
                        + ", which is not a " + root.getSimpleName());
            }
            EventType<E> sameName = names.putIfAbsent(row.name(), row);
            if (sameName != null) {
                throw new IllegalStateException("Two " + root.getSimpleName() + " types share the name " + row.name()
                        + ": " + sameName.javaType().getName() + " and " + row.javaType().getName());
            }
            EventType<E> sameClass = classes.putIfAbsent(row.javaType(), row);
            if (sameClass != null) {
                throw new IllegalStateException(row.javaType().getName() + " has two names: " + sameClass.name()
                        + " and " + row.name());
            }
        }
        Set<Class<?>> concrete = concreteSubtypes(root);
        for (Class<?> type : concrete) {
            if (!classes.containsKey(type)) {
                throw new IllegalStateException(type.getName() + " is a " + root.getSimpleName()
                        + " without a row in its event contract: give it a name and a schema version");
            }
        }
        this.byName = Map.copyOf(names);
        this.byClass = Map.copyOf(classes);
    }

    /**
     * @param root a sealed interface: every concrete class it permits (through sealed sub-interfaces too) needs a row
     * @throws IllegalStateException when a row is missing, a name or a class appears twice, or root is not sealed
     */
    @SafeVarargs
    public static <E> EventTypes<E> of(Class<E> root, EventType<E>... rows) {
        if (!root.isSealed()) {
            throw new IllegalStateException(root.getName() + " must be a sealed interface, so that its event types can be checked");
        }
        return new EventTypes<>(root, List.of(rows));
    }

    public Class<E> root() {
        return root;
    }

    /** The rows in the order the contract lists them. */
    public List<EventType<E>> all() {
        return rows;
    }

    /** The row of this event's class. */
    public EventType<E> of(E event) {
        EventType<E> row = byClass.get(event.getClass());
        if (row == null) {
            throw new IllegalStateException(event.getClass().getName() + " has no row in the " + root.getSimpleName()
                    + " contract");
        }
        return row;
    }

    public String nameOf(E event) {
        return of(event).name();
    }

    public Optional<EventType<E>> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    private static Set<Class<?>> concreteSubtypes(Class<?> root) {
        Set<Class<?>> found = new LinkedHashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (type.isSealed()) {
                todo.addAll(List.of(type.getPermittedSubclasses()));
            } else if (!type.isInterface() && !java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
                found.add(type);
            } else {
                throw new IllegalStateException(type.getName() + " is a non-sealed " + root.getSimpleName()
                        + " subtype: its events could not all be named");
            }
        }
        return found;
    }
}
