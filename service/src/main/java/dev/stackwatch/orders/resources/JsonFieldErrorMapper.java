package dev.stackwatch.orders.resources;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.stackwatch.orders.core.NumberRange;
import io.dropwizard.jersey.errors.ErrorMessage;
import io.dropwizard.jersey.jackson.JsonProcessingExceptionMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;
import org.hibernate.validator.constraints.Range;

/**
 * A body that is valid JSON but does not fit the request type ({"quantity": "ten"}, a number too
 * large for its type: "out of range" with the field's declared range) gets 400 naming the field: Dropwizard's own mapper only says "Unable to process JSON".
 * Malformed JSON stays with Dropwizard's mapper (this one maps the closer type); a server-side
 * definition error keeps its 500.
 */
@Provider
public class JsonFieldErrorMapper implements ExceptionMapper<JsonMappingException> {
    private final JsonProcessingExceptionMapper dropwizardMapper = new JsonProcessingExceptionMapper();

    @Override
    public Response toResponse(JsonMappingException exception) {
        final String field = exception.getPath().stream()
                .map(reference -> reference.getFieldName() != null
                        ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        if (exception instanceof InvalidDefinitionException || field.isEmpty()) {
            return dropwizardMapper.toResponse(exception);
        }
        final String message = "Unable to process JSON: field " + field + ": " + problem(exception);
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorMessage(Response.Status.BAD_REQUEST.getStatusCode(), message)).build();
    }

    private static String problem(JsonMappingException exception) {
        if (exception instanceof InvalidFormatException invalid) {
            return "\"" + invalid.getValue() + "\" is not " + typeName(invalid.getTargetType());
        }
        if (exception instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "expected " + typeName(mismatched.getTargetType());
        }
        if (exception.getCause() instanceof InputCoercionException) {
            final Range range = declaredRange(exception.getPath().get(exception.getPath().size() - 1));
            if (range != null) {
                return NumberRange.whole(range.min(), range.max()).outOfRange();
            }
        }
        // Other causes: Jackson's own words, without its source excerpt.
        return exception.getOriginalMessage().lines().findFirst().orElse("invalid value");
    }

    /** The {@code @Range} declared on the field a number too large for its type was meant for. */
    private static Range declaredRange(JsonMappingException.Reference reference) {
        final Object from = reference.getFrom();
        if (from == null || reference.getFieldName() == null) {
            return null;
        }
        final Class<?> type = from instanceof Class<?> declared ? declared : from.getClass();
        try {
            return type.getDeclaredField(reference.getFieldName()).getAnnotation(Range.class);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static String typeName(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "a number";
        }
        return type == String.class ? "a string" : "a " + type.getSimpleName();
    }
}
