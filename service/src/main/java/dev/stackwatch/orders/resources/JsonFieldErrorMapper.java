package dev.stackwatch.orders.resources;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.dropwizard.jersey.errors.ErrorMessage;
import io.dropwizard.jersey.jackson.JsonProcessingExceptionMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;

/**
 * A body that is valid JSON but does not fit the request type ({"quantity": "ten"}, a number out
 * of range) gets 400 naming the field: Dropwizard's own mapper only says "Unable to process JSON".
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
        // Other causes (a number out of range): Jackson's own words, without its source excerpt.
        return exception.getOriginalMessage().lines().findFirst().orElse("invalid value");
    }

    private static String typeName(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "a number";
        }
        return type == String.class ? "a string" : "a " + type.getSimpleName();
    }
}
