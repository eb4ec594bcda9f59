package dev.stackwatch.orders.api;

import dev.stackwatch.orders.core.NumberRange;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;

/**
 * Body of POST /api/orders; every constraint violation is answered 422 naming the field. A number
 * too large for its field's type gets the field's {@code @Range} too (JsonFieldErrorMapper).
 */
public record OrderRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*", message = "must be upper-case letters, digits and dashes")
        String sku,
        @NotNull @Range(min = 1, max = 1000, message = NumberRange.OUT_OF_RANGE_TEMPLATE)
        Integer quantity,
        @NotBlank @Size(max = 64)
        String customer) {
}
