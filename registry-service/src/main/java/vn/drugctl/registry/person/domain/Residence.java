package vn.drugctl.registry.person.domain;

/**
 * An address as the registry keeps it: the village (thôn, xóm, tổ dân phố) as written, and the commune's unit code
 * when it is known. The unit may belong to another province, so it is not checked against this province's
 * catalogue.
 */
public record Residence(String village, String unitCode) {
    public Residence {
        village = village == null || village.isBlank() ? null : FoldedName.normalise(village);
        unitCode = unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
    }

    public String foldedVillage() {
        return village == null ? null : FoldedName.fold(village);
    }
}
