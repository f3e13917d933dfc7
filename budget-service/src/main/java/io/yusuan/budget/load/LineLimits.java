package io.yusuan.budget.load;

import java.math.BigDecimal;
import java.util.List;

/**
 * The limits of {@link BudgetPackage.Expenditure}'s fields, checked by hand: Bean Validation of tens of thousands of
 * lines, a dozen constraints each, cost more than storing them. Never more lenient than the annotations, so that a
 * line it passes is one Bean Validation passes; a package it does not pass is validated whole, which names each fault.
 */
final class LineLimits {

    private static final BigDecimal MONEY_MAX = new BigDecimal(BudgetPackage.MONEY_MAX);
    /** {@code @Digits(integer = 15, fraction = 2)} of an amount. */
    private static final int INTEGER_DIGITS = 15;
    private static final int FRACTION_DIGITS = 2;

    private LineLimits() {
    }

    /** Whether every line is there and within every limit its fields' annotations set. */
    static boolean within(List<BudgetPackage.Expenditure> lines) {
        if (lines == null) {
            return false;
        }
        for (BudgetPackage.Expenditure line : lines) {
            if (line == null || !within(line)) {
                return false;
            }
        }
        return true;
    }

    private static boolean within(BudgetPackage.Expenditure line) {
        return code(line.unit()) && code(line.functionCode()) && code(line.project()) && code(line.economicCode())
                && code(line.governmentEconomicCode()) && name(line.functionName()) && name(line.economicName())
                && name(line.governmentEconomicName()) && amount(line.amount());
    }

    private static boolean code(String value) {
        return value == null || value.length() <= BudgetPackage.CODE;
    }

    private static boolean name(String value) {
        return value == null || value.length() <= BudgetPackage.NAME;
    }

    /** {@code @DecimalMin("0") @DecimalMax(MONEY_MAX) @Digits(integer = 15, fraction = 2)}, each inclusive. */
    private static boolean amount(BigDecimal value) {
        if (value == null) {
            return true;
        }
        int fraction = Math.max(value.scale(), 0);
        return value.signum() >= 0 && value.compareTo(MONEY_MAX) <= 0 && fraction <= FRACTION_DIGITS
                && value.precision() - value.scale() <= INTEGER_DIGITS;
    }
}
