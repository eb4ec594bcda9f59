package dev.stackwatch.orders.core;

import java.math.BigDecimal;

/**
 * An inclusive range of accepted numbers, and the one place that words "not a number" and "out of
 * range": a value too large for its Java type is out of range, not "not a number".
 */
public record NumberRange(BigDecimal min, BigDecimal max, boolean whole) {
    /** Bean Validation message (for {@code @Range}) with the same wording as {@link #outOfRange()}. */
    public static final String OUT_OF_RANGE_TEMPLATE = "is out of range, must be between {min} and {max}";

    public static NumberRange whole(long min, long max) {
        return new NumberRange(BigDecimal.valueOf(min), BigDecimal.valueOf(max), true);
    }

    public static NumberRange decimal(double min, double max) {
        return new NumberRange(BigDecimal.valueOf(min), BigDecimal.valueOf(max), false);
    }

    public String outOfRange() {
        return OUT_OF_RANGE_TEMPLATE.replace("{min}", min.stripTrailingZeros().toPlainString())
                .replace("{max}", max.stripTrailingZeros().toPlainString());
    }

    public boolean contains(double value) {
        return value >= min.doubleValue() && value <= max.doubleValue();
    }

    /** The value of {@code raw}; IllegalArgumentException saying what is wrong with it otherwise. */
    public BigDecimal parse(String raw) {
        final BigDecimal value;
        try {
            value = new BigDecimal(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(whole ? "is not a whole number" : "is not a number");
        }
        if (whole && value.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("is not a whole number");
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(outOfRange());
        }
        return value;
    }
}
