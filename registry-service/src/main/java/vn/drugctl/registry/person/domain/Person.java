package vn.drugctl.registry.person.domain;

import java.time.Year;
import java.util.List;
import java.util.UUID;

/** A person in the registry of one unit (the managing unit). */
public record Person(String id, String fullName, String foldedName, Integer birthYear, Sex sex, String unitCode,
                     List<String> unitPath, long version) {

    /**
     * Registers a new person; the name is kept as written (composed Unicode) and folded for matching.
     *
     * @throws InvalidPersonData naming the field and the rule it breaks
     */
    public static Person register(String fullName, Integer birthYear, Sex sex, String unitCode, List<String> unitPath,
                                  Year thisYear) {
        String name = FoldedName.normalise(fullName);
        if (name.isEmpty()) {
            throw new InvalidPersonData("fullName", "must not be blank");
        }
        if (birthYear != null && (birthYear < 1900 || birthYear > thisYear.getValue())) {
            throw new InvalidPersonData("birthYear", "must be between 1900 and " + thisYear.getValue());
        }
        return new Person(UUID.randomUUID().toString(), name, FoldedName.fold(name), birthYear, sex, unitCode,
                unitPath, 1);
    }

    public PersonRegistered registered() {
        return new PersonRegistered(id, fullName, foldedName, birthYear, sex, unitCode);
    }
}
