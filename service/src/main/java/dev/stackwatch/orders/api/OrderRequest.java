package dev.stackwatch.orders.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of POST /api/orders; every constraint violation is answered 422 naming the field. */
public record OrderRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*", message = "must be upper-case letters, digits and dashes")
        String sku,
        @NotNull @Min(1) @Max(1000)
        Integer quantity,
        @NotBlank @Size(max = 64)
        String customer) {
}
