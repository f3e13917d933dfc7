package io.yusuan.budget.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.yusuan.budget.catalog.YearCheck;
import io.yusuan.budget.fixture.Packages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one request a package makes of catalog-service, without Quarkus. */
class CodeCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void theRequestNamesEachCodeAndEconomicPairOnceInTheOrderTheLinesFirstUseThem() throws Exception {
        BudgetPackage source = JSON.treeToValue(Packages.source(), BudgetPackage.class);
        List<BudgetPackage.Expenditure> twice = new ArrayList<>(source.expenditures());
        twice.addAll(source.expenditures());
        BudgetPackage budget = new BudgetPackage(source.fiscalYear(), source.region(), source.department(),
                source.units(), source.revenues(), source.projects(), twice, source.procurement(), source.assets(),
                source.transferPayments(), source.priorYear(), source.explanations(), source.profile());
        Map<String, UnitType> types = new HashMap<>();
        budget.units().forEach(unit -> types.put(unit.code(), unit.type()));
        Set<String> functional = new LinkedHashSet<>();
        Set<YearCheck.Pair> pairs = new LinkedHashSet<>();
        for (BudgetPackage.Expenditure line : source.expenditures()) {
            functional.add(line.functionCode());
            if (line.economicCode() != null && line.governmentEconomicCode() != null) {
                pairs.add(new YearCheck.Pair(line.economicCode(), line.governmentEconomicCode(),
                        types.get(line.unit()).name()));
            }
        }

        YearCheck.Request request = new CodeCheck(budget).request();

        assertThat(request.codes().get(YearCheck.FUNCTIONAL)).containsExactlyElementsOf(functional);
        assertThat(request.pairs()).isNotEmpty().containsExactlyElementsOf(pairs);
    }
}
