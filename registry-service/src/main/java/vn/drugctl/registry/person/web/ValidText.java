package vn.drugctl.registry.person.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import vn.drugctl.registry.person.domain.FreeText;
import vn.drugctl.registry.person.domain.PersonName;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;

/**
 * A text field of a request checked by the registry's own rule for it, so the API refuses what the domain (and the
 * survey import) refuses, with the same reason, and names the field as sent ({@code details.fullName},
 * {@code details.aliases[2]}): {@link Kind#FULL_NAME} and {@link Kind#ALIAS} by {@link PersonName}, {@link Kind#LINE}
 * and {@link Kind#NOTE} by {@link FreeText}. A null value passes (pair with {@code @NotNull} when required).
 */
@Documented
@Constraint(validatedBy = ValidText.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidText {
    Kind value();

    String message() default "is not a valid text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    enum Kind {
        /** A person's full name ({@link PersonName}). */
        FULL_NAME,
        /** One alias of a person ({@link PersonName}). */
        ALIAS,
        /** One line of free text: village, document reference, decision number, purpose ({@link FreeText}). */
        LINE,
        /** Free text that may have line breaks: a note ({@link FreeText}). */
        NOTE
    }

    /** Runs the domain's rule and reports its reason as the violation's message. */
    class Check implements ConstraintValidator<ValidText, String> {
        private Kind kind;

        @Override
        public void initialize(ValidText annotation) {
            kind = annotation.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            Optional<String> problem = switch (kind) {
                case FULL_NAME -> PersonName.problem(value, PersonName.Kind.FULL_NAME);
                case ALIAS -> PersonName.problem(value, PersonName.Kind.ALIAS);
                case LINE -> FreeText.problem(value, false);
                case NOTE -> FreeText.problem(value, true);
            };
            if (problem.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(literal(problem.get())).addConstraintViolation();
            return false;
        }

        /** The reason as a message template that interpolates nothing ({@code {}, $ and \} escaped). */
        private static String literal(String text) {
            return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
        }
    }
}
