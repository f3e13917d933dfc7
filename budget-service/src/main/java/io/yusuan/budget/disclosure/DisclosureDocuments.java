package io.yusuan.budget.disclosure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.yusuan.budget.disclosure.Disclosure.ProfileView;
import io.yusuan.budget.disclosure.Disclosure.TextSection;
import io.yusuan.budget.load.BudgetPackage;
import io.yusuan.budget.narrative.NarrativeFiguresQuery;
import io.yusuan.budget.narrative.NarrativeWriter;
import io.yusuan.budget.table.AmountUnit;
import io.yusuan.budget.table.TableView;
import io.yusuan.budget.table.Tables;
import io.yusuan.budget.version.BudgetVersion;
import io.yusuan.budget.version.VersionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Assembles the 部门预算公开 document of one version from the services that own its parts: the package's profile
 * (第一部分), budget-service's tables 01–11 (第二部分), the narrative (第三部分); 第四部分 名词解释 is fixed text in
 * the template. Tables 12 and 13 belong to performance-service, which depends on budget-service and is never
 * called from here: the document names them and says where performance-service publishes them.
 */
@ApplicationScoped
public class DisclosureDocuments {

    /** The contents list's numbering of the thirteen tables. */
    static final List<String> NUMERALS = List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
            "十三");

    private final Tables tables;
    private final NarrativeFiguresQuery figures;
    private final ObjectMapper json;
    private final String performanceUrl;

    public DisclosureDocuments(Tables tables, NarrativeFiguresQuery figures, ObjectMapper json,
            @ConfigProperty(name = "yusuan.disclosure.performance-service-url", defaultValue = "http://localhost:8083")
            String performanceUrl) {
        this.tables = tables;
        this.figures = figures;
        this.json = json;
        this.performanceUrl = performanceUrl.endsWith("/") ? performanceUrl.substring(0, performanceUrl.length() - 1)
                : performanceUrl;
    }

    public Disclosure of(BudgetVersion version) {
        int year = version.budget().fiscalYear();
        List<DocumentTable> printed = new ArrayList<>();
        for (TableView table : tables.all(version, AmountUnit.WAN)) {
            printed.add(TableMarkup.of(json.valueToTree(table), NUMERALS.get(printed.size()), year));
        }
        String performance = performanceUrl + "/api/v1/regions/" + version.budget().department().regionCode()
                + "/departments/" + version.budget().department().code() + "/performance/" + year + "/tables/";
        printed.add(TableMarkup.external("12", NUMERALS.get(11), "部门（单位）整体绩效目标表", year, performance + "12"));
        printed.add(TableMarkup.external("13", NUMERALS.get(12), "部门预算项目绩效目标表", year, performance + "13"));
        List<TextSection> narrative = NarrativeWriter.chinese(figures.of(version)).stream()
                .map(paragraph -> new TextSection(paragraph.title(), paragraphs(paragraph.text()))).toList();
        return new Disclosure(version.departmentName(), version.departmentShortName(), version.regionName(), year,
                version.number(), version.status().name(), version.status() != VersionStatus.PUBLISHED,
                profile(version.profile()), printed, narrative);
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
