package vn.drugctl.hotspot.arrest.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A seized weight in grams, as the law's reports write it: positive, to at most 3 decimals (a milligram). Kept as a
 * decimal, never a binary floating point number, and always written with exactly 3 decimals ({@code "1.250"}), so
 * the stored text, the event and a report all carry the same value.
 *
 * <p>What counts is the value, not how it was typed: {@code 1e3} is 1000.000 g, {@code "1.2500"} is 1.250 g (the
 * trailing zero adds no precision), but {@code 1.2345} has a fourth significant decimal and is refused rather than
 * rounded. At most 1,000,000,000 g (a thousand tonnes) so that a typo in the exponent is caught.
 */
public final class Grams {
    private static final BigDecimal MAX = new BigDecimal("1000000000");

    private Grams() {
    }

    /**
     * @return the weight with scale 3
     * @throws InvalidIncidentData naming {@code field} when absent, not positive, above the maximum or finer than 1 mg
     */
    public static BigDecimal of(String field, BigDecimal grams) {
        if (grams == null) {
            throw new InvalidIncidentData(field, "is required (grams, up to 3 decimals)");
        }
        if (grams.signum() <= 0) {
            throw new InvalidIncidentData(field, "must be positive, was " + grams.toPlainString());
        }
        if (grams.compareTo(MAX) > 0) {
            throw new InvalidIncidentData(field, "must be at most " + MAX.toPlainString() + " g, was "
                    + grams.toPlainString());
        }
        BigDecimal stripped = grams.stripTrailingZeros();
        if (stripped.scale() > 3) {
            throw new InvalidIncidentData(field, "must have at most 3 decimals (a milligram), was "
                    + grams.toPlainString());
        }
        return stripped.setScale(3, RoundingMode.UNNECESSARY);
    }

    /** The weight as stored and sent: exactly 3 decimals, no exponent. */
    public static String text(BigDecimal grams) {
        return grams.setScale(3, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** Parses stored text. */
    public static BigDecimal parse(String text) {
        return new BigDecimal(text);
    }
}
