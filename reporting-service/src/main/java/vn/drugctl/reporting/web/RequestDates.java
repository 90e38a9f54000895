package vn.drugctl.reporting.web;

import vn.drugctl.common.domain.InvalidField;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A date parameter of a report request: {@code yyyy-MM-dd}, blank meaning absent, else 400 naming it. */
public final class RequestDates {
    private RequestDates() {
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidField(name, "must be a date yyyy-MM-dd, was '"
                    + (value.length() <= 40 ? value : value.substring(0, 40) + "…") + "'");
        }
    }
}
