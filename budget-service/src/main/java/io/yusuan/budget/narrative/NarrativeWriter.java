package io.yusuan.budget.narrative;

import io.quarkus.qute.TemplateInstance;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Writes paragraphs 一 to 十 of 第二部分 from the figures, in the words of the 2022 河南 template
 * ({@code templates/narrative/zh.txt}) or in English ({@code en.txt}): each figure with its share and its change
 * against last year (amount and percentage), the budget office's reason for that change where it gave one.
 * Both languages word the same {@link NarrativeFacts}.
 */
public final class NarrativeWriter {

    /** The paragraphs: number, stable key, heading in each language, and the template fragment of each. */
    enum Section {
        OVERVIEW(1, "overview", "一、收入支出预算总体情况说明", "1. Revenue and expenditure overview",
                NarrativeTemplates::zh$overview, NarrativeTemplates::en$overview),
        REVENUE(2, "revenue", "二、收入预算总体情况说明", "2. Revenue",
                NarrativeTemplates::zh$revenue, NarrativeTemplates::en$revenue),
        EXPENDITURE(3, "expenditure", "三、支出预算总体情况说明", "3. Expenditure",
                NarrativeTemplates::zh$expenditure, NarrativeTemplates::en$expenditure),
        FISCAL(4, "fiscal", "四、财政拨款收入支出预算总体情况说明", "4. Fiscal appropriations",
                NarrativeTemplates::zh$fiscal, NarrativeTemplates::en$fiscal),
        GENERAL_PUBLIC(5, "generalPublicBudget", "五、一般公共预算支出预算情况说明", "5. General public budget expenditure",
                NarrativeTemplates::zh$general_public, NarrativeTemplates::en$general_public),
        BASIC(6, "basic", "六、一般公共预算基本支出预算情况说明", "6. General public budget basic expenditure",
                NarrativeTemplates::zh$basic, NarrativeTemplates::en$basic),
        THREE_PUBLIC(7, "threePublicCosts", "七、一般公共预算“三公”经费支出预算情况说明", "7. The “three public” costs",
                NarrativeTemplates::zh$three_public, NarrativeTemplates::en$three_public),
        GOVERNMENT_FUND(8, "governmentFund", "八、政府性基金支出预算情况说明", "8. Government fund budget",
                NarrativeTemplates::zh$government_fund, NarrativeTemplates::en$government_fund),
        STATE_CAPITAL(9, "stateCapital", "九、国有资本经营预算支出预算情况说明", "9. State capital operation budget",
                NarrativeTemplates::zh$state_capital, NarrativeTemplates::en$state_capital),
        OTHER(10, "other", "十、其他重要事项情况说明", "10. Other matters",
                NarrativeTemplates::zh$other, NarrativeTemplates::en$other);

        final int number;
        final String key;
        final String zhTitle;
        final String enTitle;
        final Function<NarrativeFacts, TemplateInstance> zh;
        final Function<NarrativeFacts, TemplateInstance> en;

        Section(int number, String key, String zhTitle, String enTitle, Function<NarrativeFacts, TemplateInstance> zh,
                Function<NarrativeFacts, TemplateInstance> en) {
            this.number = number;
            this.key = key;
            this.zhTitle = zhTitle;
            this.enTitle = enTitle;
            this.zh = zh;
            this.en = en;
        }
    }

    private NarrativeWriter() {
    }

    public static List<Paragraph> chinese(NarrativeFigures figures) {
        return write(figures, false);
    }

    public static List<Paragraph> english(NarrativeFigures figures) {
        return write(figures, true);
    }

    private static List<Paragraph> write(NarrativeFigures figures, boolean english) {
        NarrativeFacts facts = NarrativeFacts.of(figures);
        return Arrays.stream(Section.values()).map(s -> new Paragraph(s.number, s.key, english ? s.enTitle : s.zhTitle,
                (english ? s.en : s.zh).apply(facts).render())).toList();
    }
}
