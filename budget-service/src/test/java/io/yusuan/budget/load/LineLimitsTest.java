package io.yusuan.budget.load;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand check of a line's limits passes exactly the lines Bean Validation passes, at every limit. */
class LineLimitsTest {

    private static final Validator BEAN_VALIDATION = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private static BudgetPackage.Expenditure line(String text, String name, BigDecimal amount) {
        return new BudgetPackage.Expenditure(text, text, name, ExpenditureKind.PROJECT, null, text, text, name, text,
                name, Fund.GENERAL_PUBLIC_BUDGET, false, amount);
    }

    private static void assertAgrees(BudgetPackage.Expenditure line) {
        boolean valid = BEAN_VALIDATION.validate(line).isEmpty();
        assertThat(LineLimits.within(List.of(line))).as("%s", line).isEqualTo(valid);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "0.01", "-0.01", "-0", "999999999999999.99", "1000000000000000.00",
        "999999999999999.991", "1.5", "1.50", "1.500", "1.001", "1E+3", "1E+15", "1E+16", "123456789012345",
        "1234567890123456", "0.10", "1E-2", "1E-3"})
    void anAmountIsWithinItsLimitsExactlyWhenBeanValidationSaysSo(String amount) {
        assertAgrees(line("2010301", "行政运行", new BigDecimal(amount)));
    }

    @Test
    void codesAndNamesAreWithinTheirLengthsExactlyWhenBeanValidationSaysSo() {
        for (UnaryOperator<BudgetPackage.Expenditure> at : List.<UnaryOperator<BudgetPackage.Expenditure>>of(
                l -> l, l -> line("x".repeat(BudgetPackage.CODE), l.functionName(), l.amount()),
                l -> line("x".repeat(BudgetPackage.CODE + 1), l.functionName(), l.amount()),
                l -> line(l.unit(), "名".repeat(BudgetPackage.NAME), l.amount()),
                l -> line(l.unit(), "名".repeat(BudgetPackage.NAME + 1), l.amount()),
                l -> line(null, null, null))) {
            assertAgrees(at.apply(line("2010301", "行政运行", new BigDecimal("1.00"))));
        }
    }

    @Test
    void oneLinePastALimitOrMissingSendsTheWholePackageToBeanValidation() {
        List<BudgetPackage.Expenditure> lines = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            lines.add(line("2010301", "行政运行", BigDecimal.ONE));
        }
        assertThat(LineLimits.within(lines)).isTrue();
        lines.add(line("2010301", "行政运行", new BigDecimal("-1")));
        assertThat(LineLimits.within(lines)).isFalse();
        lines.set(3, null);
        assertThat(LineLimits.within(lines)).isFalse();
        assertThat(LineLimits.within(null)).isFalse();
    }
}
