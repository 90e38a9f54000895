package vn.drugctl.hotspot.arrest.application;

import vn.drugctl.common.domain.InvalidField;
import vn.drugctl.common.tenancy.Unit;
import vn.drugctl.common.tenancy.UnitCatalogue;
import vn.drugctl.hotspot.arrest.domain.IncidentDetails;
import vn.drugctl.hotspot.arrest.domain.Suspect;
import vn.drugctl.hotspot.arrest.domain.SuspectResidence;

/**
 * The catalogue checks of an incident's details, the same for a recording and a correction: the place's unit, the
 * other units that took part and each suspect's residence unit must be units of the catalogue, and a residence unit
 * must be of the province the residence names (when it names one). A failed check is a 400 naming the field.
 */
final class IncidentUnits {
    private IncidentUnits() {
    }

    static void check(IncidentDetails details, UnitCatalogue units) {
        known(units, "place.unitCode", details.place().unitCode());
        for (int i = 1; i < details.unitCodes().size(); i++) {
            known(units, "otherUnitCodes[" + (i - 1) + "]", details.unitCodes().get(i));
        }
        for (int i = 0; i < details.suspects().size(); i++) {
            Suspect suspect = details.suspects().get(i);
            SuspectResidence residence = suspect.residence();
            if (residence == null || residence.unitCode() == null) {
                continue;
            }
            String field = "suspects[" + i + "].residence";
            Unit unit = known(units, field + ".unitCode", residence.unitCode());
            if (residence.provinceCode() != null && !residence.provinceCode().equals(unit.provinceCode())) {
                throw new InvalidField(field + ".unitCode", "is a unit of province " + unit.provinceCode()
                        + ", but the residence names province " + residence.provinceCode());
            }
        }
    }

    private static Unit known(UnitCatalogue units, String field, String code) {
        return units.find(code).orElseThrow(() -> new InvalidField(field, "is not a unit of the catalogue: " + code));
    }
}
