package io.yusuan.budget.load;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A date in the fiscal years the service keeps (2000 to 2099, as {@code budget.fiscal_year}): a date far outside, like
 * +57331-01-12, is a typing error the client hears about, not a value stored.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FiscalDate.Check.class)
public @interface FiscalDate {

    String message() default "must be a date from 2000-01-01 to 2099-12-31";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Null is for {@code @NotNull} to judge. */
    class Check implements ConstraintValidator<FiscalDate, LocalDate> {

        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            return date == null || (date.getYear() >= 2000 && date.getYear() <= 2099);
        }
    }
}
