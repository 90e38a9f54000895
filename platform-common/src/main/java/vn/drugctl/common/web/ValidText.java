package vn.drugctl.common.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import vn.drugctl.common.text.FreeText;
import vn.drugctl.common.text.NameText;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;

/**
 * A text field of a request checked by the platform's own rule for it (platform-core's {@link NameText} and
 * {@link FreeText}, which the services' domains apply too), so an API refuses what the domain refuses, with the same
 * reason as the violation's message, and names the field as sent ({@code details.fullName}, {@code aliases[2]},
 * {@code address.road}). A null value passes (pair with {@code @NotNull} when required). The name bounds are the
 * ones every service uses for a person's name (the registry's {@code PersonName} checks that they agree).
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
        /** A person's full name: 2 to 100 characters by {@link NameText}. */
        FULL_NAME(2, 100),
        /** One alias of a person: 1 to 100 characters by {@link NameText}. */
        ALIAS(1, 100),
        /** One line of free text: village, road, document reference, purpose ({@link FreeText}). */
        LINE(0, 0),
        /** Free text that may have line breaks: a note ({@link FreeText}). */
        NOTE(0, 0);

        private final int min;
        private final int max;

        Kind(int min, int max) {
            this.min = min;
            this.max = max;
        }

        /** The fewest characters of a name kind (0 for free text, which has its length checked by {@code @Size}). */
        public int min() {
            return min;
        }

        /** The most characters of a name kind (0 for free text). */
        public int max() {
            return max;
        }

        /** Why {@code value} is not a valid text of this kind, empty when it is. */
        public Optional<String> problem(String value) {
            return switch (this) {
                case FULL_NAME, ALIAS -> NameText.problem(value, min, max);
                case LINE -> FreeText.problem(value, false);
                case NOTE -> FreeText.problem(value, true);
            };
        }
    }

    /** Runs the shared rule and reports its reason as the violation's message. */
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
            Optional<String> problem = kind.problem(value);
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
