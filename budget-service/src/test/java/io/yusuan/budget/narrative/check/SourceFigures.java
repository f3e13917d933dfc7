package io.yusuan.budget.narrative.check;

import io.yusuan.budget.load.BudgetPackage;
import io.yusuan.budget.load.RevenueSource;
import io.yusuan.budget.narrative.NarrativeFigures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The source document's figures (the demo package's, in yuan) and its 情况说明, for checks without a database. */
final class SourceFigures {

    private SourceFigures() {
    }

    static NarrativeFigures figures() {
        Map<RevenueSource, BigDecimal> sources = new EnumMap<>(RevenueSource.class);
        for (RevenueSource source : RevenueSource.values()) {
            sources.put(source, BigDecimal.ZERO);
        }
        sources.put(RevenueSource.FISCAL_GENERAL_PUBLIC, yuan("1730700"));
        BigDecimal zero = BigDecimal.ZERO;
        return new NarrativeFigures("区政务服务和大数据管理局", 2022, yuan("1730700"), sources, yuan("1730700"),
                yuan("1346700"), yuan("384000"), yuan("1730700"), yuan("1346700"), yuan("384000"), yuan("1264400"),
                yuan("82300"), zero, zero, zero, zero, zero, zero, yuan("82300"), List.of("办公费", "邮电费"), zero, zero, zero, 6,
                new BudgetPackage.Assets(new BudgetPackage.Vehicles(0, 0, 0, 0), 0, 0, LocalDate.of(2021, 12, 31)), List.of(),
                new BudgetPackage.PriorYear(yuan("1754900"), yuan("1754900"), yuan("1754900"), null, null, yuan("79800"),
                        new BudgetPackage.ThreePublicCosts(zero, zero, zero, zero, zero)),
                Map.of("totalChange", "减少电梯运行维护费用", "fiscalChange", "减少电梯运行维护费用",
                        "operatingCostsChange", "上年度统计范围仅为公用经费"));
    }

    /** 第二部分 of the source document as printed, its wrapped lines and page breaks included. */
    static String explanation() {
        try (InputStream in = SourceFigures.class.getResourceAsStream("/narrative/source-2022-explanation.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NarrativeChecker.Result check(String text) {
        return new NarrativeChecker(KnownFigures.of(figures())).check(FigureExtractor.paragraphs(text));
    }

    private static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }
}
