package vn.drugctl.hotspot.hotspot.web;

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
 * {@link FreeText}, which the domain applies too), so the API refuses what the domain refuses, with the same reason,
 * and names the field as sent ({@code address.road}, {@code peopleInvolved[2].fullName}). A null value passes (pair
 * with {@code @NotNull} when required).
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
        /** A person's name (2 to 100 characters, letters and ' - .). */
        NAME,
        /** One line of free text. */
        LINE,
        /** Free text that may have line breaks. */
        NOTE
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
            Optional<String> problem = switch (kind) {
                case NAME -> NameText.problem(value, 2, 100);
                case LINE -> FreeText.problem(value, false);
                case NOTE -> FreeText.problem(value, true);
            };
            if (problem.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem.get().replace("\\", "\\\\").replace("{", "\\{")
                    .replace("}", "\\}").replace("$", "\\$")).addConstraintViolation();
            return false;
        }
    }
}
