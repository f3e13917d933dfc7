package io.yusuan.budget.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.yusuan.budget.finding.Finding;
import io.yusuan.budget.finding.Severity;
import io.yusuan.budget.fixture.Packages;
import io.yusuan.problem.FieldError;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The package's own rules and findings, without Quarkus. */
class PackageRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private static BudgetPackage source(Consumer<ObjectNode> change) {
        ObjectNode budget = Packages.source();
        change.accept(budget);
        try {
            return JSON.treeToValue(budget, BudgetPackage.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<FieldError> faults(Consumer<ObjectNode> change) {
        return PackageRules.check(source(change), "410304", "141", 2022);
    }

    @Test
    void aLineCodeIsExactlyItsNumberOfAsciiDigits() {
        assertThat(PackageRules.digits("2010301", 7)).isTrue();
        assertThat(PackageRules.digits("201030", 7)).isFalse();
        assertThat(PackageRules.digits("20103011", 7)).isFalse();
        assertThat(PackageRules.digits("2010a01", 7)).isFalse();
        assertThat(PackageRules.digits("3010/", 5)).isFalse();
        assertThat(PackageRules.digits("3010:", 5)).isFalse();
        // full-width and other scripts' digits are not the code's digits, as [0-9] does not match them
        assertThat(PackageRules.digits("３０１０１", 5)).isFalse();
        assertThat(PackageRules.digits("٣٠١٠١", 5)).isFalse();
    }

    @Test
    void theSourcePackageKeepsEveryRule() {
        assertThat(faults(b -> { })).isEmpty();
    }

    @Test
    void aCarryOverNamesItsFundAndNothingElseDoes() {
        assertThat(faults(b -> {
            ArrayNode revenues = (ArrayNode) b.get("revenues");
            revenues.addObject().put("unit", "141001").put("source", "CARRYOVER").put("amount", 10.00);
            ((ObjectNode) revenues.get(0)).put("fund", "GENERAL_PUBLIC_BUDGET");
        })).extracting(FieldError::pointer, FieldError::code).containsExactly(
                tuple("/revenues/0/fund", "NOT_APPLICABLE"), tuple("/revenues/1/fund", "MISSING"));
    }

    @Test
    void unitsAndProjectsAreDeclaredOnceWithWellFormedCodes() {
        assertThat(faults(b -> {
            ((ArrayNode) b.get("units")).addObject().put("code", "141001").put("name", "重复").put("type", "OTHER");
            ((ObjectNode) b.get("projects").get(1)).put("code", "41030422000 0000013205");
        })).extracting(FieldError::pointer, FieldError::code).contains(
                tuple("/units/1/code", "DUPLICATE"), tuple("/projects/1/code", "MALFORMED"));
    }

    @Test
    void aProjectLineHasNoCategoryAndABasicLineNoProject() {
        assertThat(faults(b -> {
            ((ObjectNode) b.get("expenditures").get(14)).put("category", "PUBLIC");
            ((ObjectNode) b.get("expenditures").get(0)).put("project", "410304220000000006846");
        })).extracting(FieldError::pointer, FieldError::code).contains(
                tuple("/expenditures/14/category", "NOT_APPLICABLE"), tuple("/expenditures/0/project", "NOT_APPLICABLE"));
    }

    @Test
    void aBasicLineCarriesBothEconomicCodes() {
        assertThat(faults(b -> ((ObjectNode) b.get("expenditures").get(0)).remove("governmentEconomicCode")))
                .extracting(FieldError::pointer, FieldError::code).containsExactly(tuple("/expenditures/0/governmentEconomicCode", "MISSING"));
    }

    @Test
    void theSourcePackageHasNoFindingsOfItsOwnFigures() {
        assertThat(PackageFindings.of(source(b -> { }))).isEmpty();
    }

    @Test
    void revenueThatDiffersFromExpenditureIsAnError() {
        assertThat(PackageFindings.of(source(b -> ((ObjectNode) b.get("revenues").get(0)).put("amount", 1730000.00))))
                .extracting(Finding::severity, Finding::code).containsExactly(tuple(Severity.ERROR, "REVENUE_EXPENDITURE_MISMATCH"));
    }

    @Test
    void lastYearsThreePublicCostsThatDoNotAddUpAreAWarning() {
        assertThat(PackageFindings.of(source(b -> ((ObjectNode) b.get("priorYear").get("threePublicCosts")).put("total", 100.00))))
                .extracting(Finding::code, Finding::pointer)
                .containsExactly(tuple("THREE_PUBLIC_COSTS_PARTS", "/priorYear/threePublicCosts/total"));
    }

    @Test
    void aReasonForAChangeTheFiguresCannotGiveIsAWarning() {
        assertThat(PackageFindings.of(source(b -> ((ObjectNode) b.get("priorYear")).put("totalExpenditure", 1730700.00)
                .put("totalRevenue", 1730700.00))))
                .extracting(Finding::code).containsExactly("PRIOR_YEAR_CHANGE_UNSUPPORTED");
        assertThat(PackageFindings.of(source(b -> ((ObjectNode) b.get("priorYear")).put("basic", 1000000.00).put("project", 1.00))))
                .extracting(Finding::code).containsExactly("PRIOR_YEAR_INCONSISTENT");
    }
}
