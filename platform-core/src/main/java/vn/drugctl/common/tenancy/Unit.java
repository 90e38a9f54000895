package vn.drugctl.common.tenancy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A police unit that is a tenant.
 *
 * @param path codes from the province down to this unit, this unit last ("HN", "HN-BL", "HN-BL-VUBAN")
 */
public record Unit(String code, String name, UnitLevel level, String parentCode, LocalDate validFrom,
                   LocalDate validTo, String mergedInto, List<String> path) {

    public Unit {
        path = List.copyOf(path);
    }

    public Optional<String> parent() {
        return Optional.ofNullable(parentCode);
    }

    public String provinceCode() {
        return path.getFirst();
    }

    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /** Whether {@code other} is this unit or lies below it. */
    public boolean contains(Unit other) {
        return other.path.contains(code);
    }
}
