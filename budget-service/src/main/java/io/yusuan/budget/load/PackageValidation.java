package io.yusuan.budget.load;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.util.Set;
import org.hibernate.validator.HibernateValidatorFactory;

/**
 * A package's limits (Bean Validation of {@link BudgetPackage}), checked by a validator that looks into every field.
 * The service's default validator asks, for each field of each of tens of thousands of lines, whether JPA has loaded
 * it, and remembers every answer for the rest of the validation: that alone cost more than storing the lines. A
 * package is plain records read from JSON, never a JPA entity, so every field is there to check. The expenditure
 * lines, most of a package, are checked by hand first ({@link LineLimits}); only a package with a line past its limits
 * has them validated one by one, to name each fault as Bean Validation does.
 */
@ApplicationScoped
public class PackageValidation {

    private final Validator everyField;
    private final Validator exceptLines;

    public PackageValidation(ValidatorFactory factory) {
        this.everyField = validator(factory, new Fields(false));
        this.exceptLines = validator(factory, new Fields(true));
    }

    private static Validator validator(ValidatorFactory factory, TraversableResolver fields) {
        return factory.unwrap(HibernateValidatorFactory.class).usingContext()
                .traversableResolver(fields)
                .enableTraversableResolverResultCache(false)
                .getValidator();
    }

    /** @throws ConstraintViolationException naming every field past its limit (answered 400 with their pointers) */
    public void check(BudgetPackage budget) {
        Validator validator = LineLimits.within(budget.expenditures()) ? exceptLines : everyField;
        Set<ConstraintViolation<BudgetPackage>> faults = validator.validate(budget);
        if (!faults.isEmpty()) {
            throw new ConstraintViolationException(faults);
        }
    }

    /** Every field reachable; every value cascaded into, except the expenditure lines when they are checked already. */
    private record Fields(boolean linesChecked) implements TraversableResolver {

        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootBeanType, Path pathToProperty,
                ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootBeanType, Path pathToProperty,
                ElementType elementType) {
            return !(linesChecked && bean instanceof BudgetPackage && "expenditures".equals(property.getName()));
        }
    }
}
