package vn.drugctl.registry.person.infrastructure.mongo;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.drugctl.common.events.AggregateDocument;
import vn.drugctl.registry.person.domain.Person;
import vn.drugctl.registry.person.domain.Sex;

import java.util.List;

/** A person as stored: the state, its version and the events not yet published, in one document. */
@Document("persons")
@CompoundIndex(name = "unitPath_foldedName", def = "{'unitPath': 1, 'foldedName': 1}")
public class PersonDocument extends AggregateDocument {
    @Id
    private String id;
    private String fullName;
    private String foldedName;
    private Integer birthYear;
    private Sex sex;
    private String unitCode;
    private List<String> unitPath;

    public static PersonDocument of(Person p) {
        PersonDocument d = new PersonDocument();
        d.id = p.id();
        d.fullName = p.fullName();
        d.foldedName = p.foldedName();
        d.birthYear = p.birthYear();
        d.sex = p.sex();
        d.unitCode = p.unitCode();
        d.unitPath = p.unitPath();
        return d;
    }

    public Person toPerson() {
        return new Person(id, fullName, foldedName, birthYear, sex, unitCode, unitPath, getVersion());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getFoldedName() {
        return foldedName;
    }

    public void setFoldedName(String foldedName) {
        this.foldedName = foldedName;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        this.birthYear = birthYear;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public List<String> getUnitPath() {
        return unitPath;
    }

    public void setUnitPath(List<String> unitPath) {
        this.unitPath = unitPath;
    }
}
