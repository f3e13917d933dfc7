package io.yusuan.budget.disclosure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.yusuan.budget.disclosure.Disclosure.ProfileView;
import io.yusuan.budget.disclosure.Disclosure.TextSection;
import io.yusuan.budget.load.BudgetPackage;
import io.yusuan.budget.narrative.NarrativeFiguresQuery;
import io.yusuan.budget.narrative.NarrativeWriter;
import io.yusuan.budget.performance.PerformanceTables;
import io.yusuan.budget.table.AmountUnit;
import io.yusuan.budget.table.ChineseNumerals;
import io.yusuan.budget.table.TablePrint;
import io.yusuan.budget.table.TableView;
import io.yusuan.budget.table.Tables;
import io.yusuan.budget.version.BudgetVersion;
import io.yusuan.budget.version.VersionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Assembles the 部门预算公开 document of one version from the services that own its parts: the package's profile
 * (第一部分), budget-service's tables 01–11 (第二部分), the narrative (第三部分); 第四部分 名词解释 is fixed text in
 * the template. Tables 12 and 13 belong to performance-service, read from it as it prints them ({@link
 * PerformanceTables}: budget-service's one, optional, call to performance-service, which otherwise depends on
 * budget-service); where it is not configured, does not answer, has no targets for the year or has targets written
 * against another budget version than the document's, the document names the table, says why it is not printed and
 * where performance-service publishes it.
 */
@ApplicationScoped
public class DisclosureDocuments {

    /** The contents list's numbering of the thirteen tables. */
    /** The template's titles of tables 12 and 13, as the contents list names them. */
    static final Map<String, String> PERFORMANCE_TITLES = Map.of("12", "部门（单位）整体绩效目标表", "13", "部门预算项目绩效目标表");

    private final Tables tables;
    private final NarrativeFiguresQuery figures;
    private final PerformanceTables performance;
    private final ObjectMapper json;
    private final String performanceUrl;

    public DisclosureDocuments(Tables tables, NarrativeFiguresQuery figures, PerformanceTables performance,
            ObjectMapper json,
            @ConfigProperty(name = "yusuan.disclosure.performance-service-url", defaultValue = "http://localhost:8083")
            String performanceUrl) {
        this.tables = tables;
        this.figures = figures;
        this.performance = performance;
        this.json = json;
        this.performanceUrl = performanceUrl.endsWith("/") ? performanceUrl.substring(0, performanceUrl.length() - 1)
                : performanceUrl;
    }

    /**
     * Tables 12 and 13 of the version's department and year, as performance-service gives them, if their targets were
     * written against this version (or why not).
     */
    public PerformanceTables.Both performance(BudgetVersion version) {
        return performance.of(version.budget().department().regionCode(), version.budget().department().code(),
                version.budget().fiscalYear(), version.number());
    }

    /** The document of a version, with its tables 12 and 13 as {@link #performance} read them. */
    public Disclosure of(BudgetVersion version, PerformanceTables.Both performanceTables) {
        int year = version.budget().fiscalYear();
        List<DocumentTable> printed = new ArrayList<>();
        for (TableView table : tables.all(version, AmountUnit.WAN)) {
            printed.add(TableMarkup.of(TablePrint.of(table), table, ChineseNumerals.of(printed.size() + 1)));
        }
        String published = performanceUrl + "/api/v1/regions/" + version.budget().department().regionCode()
                + "/departments/" + version.budget().department().code() + "/performance/" + year + "/tables/";
        for (PerformanceTables.Fetched table : performanceTables.tables()) {
            String numeral = ChineseNumerals.of(printed.size() + 1);
            String title = PERFORMANCE_TITLES.get(table.number());
            printed.add(table.layout() != null ? TableMarkup.of(table.layout(), numeral, title, year)
                    : TableMarkup.external(table.number(), numeral, title, year, why(table, year, version.number()),
                            published + table.number()));
        }
        List<TextSection> narrative = NarrativeWriter.chinese(figures.of(version)).stream()
                .map(paragraph -> new TextSection(paragraph.title(), paragraphs(paragraph.text()))).toList();
        return new Disclosure(version.departmentName(), version.departmentShortName(), version.regionName(), year,
                version.number(), version.status().name(), version.status() != VersionStatus.PUBLISHED,
                profile(version.profile()), printed, narrative);
    }

    /** Why the document does not print table 12 or 13. */
    private static String why(PerformanceTables.Fetched table, int year, int version) {
        return switch (table.absence()) {
            case NOT_CONFIGURED -> "本服务未配置绩效目标服务的地址（QUARKUS_REST_CLIENT_PERFORMANCE_URL），本文档未载本表。";
            case NO_TARGETS -> "绩效目标服务尚无本部门 " + year + " 年度的"
                    + ("12".equals(table.number()) ? "整体绩效目标" : "项目绩效目标") + "，本文档未载本表。";
            case OTHER_VERSION -> "绩效目标服务的本部门 " + year + " 年度"
                    + ("12".equals(table.number()) ? "整体绩效目标" : "项目绩效目标")
                    + (table.writtenAgainst().isEmpty() ? "未注明所依据的预算版本"
                            : "依据预算第 " + table.writtenAgainst().stream().map(String::valueOf)
                                    .collect(Collectors.joining("、")) + " 版编制")
                    + "，与本文档（第 " + version + " 版）不符，本文档未载本表。";
            case UNAVAILABLE -> "生成本文档时绩效目标服务未应答，本文档暂未载本表。";
        };
    }

    private ProfileView profile(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            BudgetPackage.Profile profile = json.readValue(stored, BudgetPackage.Profile.class);
            return new ProfileView(profile.duties() == null ? List.of() : profile.duties(),
                    paragraphs(profile.organisation()), paragraphs(profile.units()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored profile is the package's own JSON", e);
        }
    }

    private static List<String> paragraphs(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
