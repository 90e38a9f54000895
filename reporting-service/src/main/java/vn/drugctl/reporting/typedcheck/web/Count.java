package vn.drugctl.reporting.typedcheck.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import vn.drugctl.reporting.typedcheck.domain.TypedAggregate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A count of a typed report: a whole number from 0 to {@link TypedAggregate#MAX_COUNT}. The request reads counts as
 * decimals so that {@code 3.5} is refused naming its field (read as a {@code Long}, JSON's 3.5 would silently be 3).
 * A null value passes (pair with {@code @NotNull} when required).
 */
@Documented
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Digits(integer = 10, fraction = 0)
@PositiveOrZero
@Max(TypedAggregate.MAX_COUNT)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Count {
    String message() default "must be a whole number from 0 to " + TypedAggregate.MAX_COUNT;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
