package vn.drugctl.registry.person.domain;

/** A surveillance profile (sưu tra): category DM1–DM3, system H1–H10, class A or B. */
public record Surveillance(Category category, System system, ProfileClass profileClass) {
    public enum Category { DM1, DM2, DM3 }

    public enum System { H1, H2, H3, H4, H5, H6, H7, H8, H9, H10 }

    public enum ProfileClass { A, B }
}
