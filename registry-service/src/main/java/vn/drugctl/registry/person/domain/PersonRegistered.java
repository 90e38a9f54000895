package vn.drugctl.registry.person.domain;

/** A person was entered into the registry of a unit. */
public record PersonRegistered(String personId, String fullName, String foldedName, Integer birthYear, Sex sex,
                               String unitCode) implements PersonEvent {
    public static final String TYPE = "PersonRegistered";

    @Override
    public String eventType() {
        return TYPE;
    }
}
