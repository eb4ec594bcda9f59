package dev.stackwatch.orders.resources;

import dev.stackwatch.orders.core.NumberRange;
import io.dropwizard.jersey.params.AbstractParam;
import jakarta.annotation.Nullable;

/**
 * The `items` query parameter of GET /api/quote: a whole number in {@link #RANGE}. Dropwizard's
 * IntParam calls 99999999999 "not a number"; this one says it is out of range and gives the range.
 */
public class ItemsParam extends AbstractParam<Integer> {
    public static final String NAME = "items";
    public static final NumberRange RANGE = NumberRange.whole(1, 100);

    public ItemsParam(@Nullable String input) {
        super(input, NAME);
    }

    @Override
    protected String errorMessage(Exception e) {
        return NAME + " " + e.getMessage();
    }

    @Override
    protected Integer parse(@Nullable String input) {
        return RANGE.parse(input == null ? "" : input).intValueExact();
    }
}
