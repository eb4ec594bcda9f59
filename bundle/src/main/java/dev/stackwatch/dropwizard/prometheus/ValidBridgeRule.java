package dev.stackwatch.dropwizard.prometheus;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;

/**
 * A bridge rule whose family and label names promtool accepts and whose label values use only the
 * segments its glob has; each problem is reported on the field (bridge[2].name, bridge[2].labels).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidBridgeRule.Validator.class)
public @interface ValidBridgeRule {
    String message() default "is not a valid bridge rule";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidBridgeRule, BridgeRule> {
        @Override
        public boolean isValid(BridgeRule rule, ConstraintValidatorContext context) {
            if (rule == null || rule.getName() == null || rule.getMatch() == null || rule.getLabels() == null) {
                return true; // @NotBlank / @NotNull report those
            }
            context.disableDefaultConstraintViolation();
            boolean valid = report(context, "name", "'" + rule.getName() + "' ",
                    PrometheusNames.familyNameProblems(rule.getName()));
            for (Map.Entry<String, String> label : rule.getLabels().entrySet()) {
                valid &= report(context, "labels", "'" + label.getKey() + "' ",
                        PrometheusNames.labelNameProblems(label.getKey()));
                final List<String> missing = PrometheusNames.missingSegments(rule.getMatch(), label.getValue());
                valid &= report(context, "labels", "'" + label.getKey() + "': ", missing.stream()
                        .map(placeholder -> "uses " + placeholder + " but match '" + rule.getMatch()
                                + "' has no such * segment (they count from ${0})").toList());
            }
            return valid;
        }

        private static boolean report(ConstraintValidatorContext context, String field, String subject,
                                      List<String> problems) {
            for (String problem : problems) {
                // Literal text: keep ${n} away from Bean Validation's expression language.
                context.buildConstraintViolationWithTemplate((subject + problem).replace("$", "\\$").replace("{", "\\{").replace("}", "\\}"))
                        .addPropertyNode(field).addConstraintViolation();
            }
            return problems.isEmpty();
        }
    }
}
