package vn.drugctl.common.events;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One row of an event contract: the stable name an event travels and is stored under, the version of its payload
 * schema, and the Java type that holds it in memory. The name is written out literally in the contract table, never
 * derived from the Java type, so a class can be renamed without changing a byte on the wire or in stored history.
 *
 * @param name          the wire name, {@code UpperCamelCase}, unique within its contract
 * @param schemaVersion the payload's schema version, from 1; raised when a field changes meaning or is removed
 * @param javaType      the record that holds the payload
 */
public record EventType<E>(String name, int schemaVersion, Class<? extends E> javaType) {
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Za-z0-9]{2,63}");

    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(javaType, "javaType");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Event type name '" + name + "' is not UpperCamelCase of 3-64 letters/digits");
        }
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("Event type " + name + " has schema version " + schemaVersion + "; versions start at 1");
        }
    }

    public static <E> EventType<E> of(String name, int schemaVersion, Class<? extends E> javaType) {
        return new EventType<>(name, schemaVersion, javaType);
    }
}
