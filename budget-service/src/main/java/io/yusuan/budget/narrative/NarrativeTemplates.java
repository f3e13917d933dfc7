package io.yusuan.budget.narrative;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The narrative's wording: one fragment per paragraph of {@code templates/narrative/zh.txt} and {@code en.txt}, each
 * checked against {@link NarrativeFacts} when the service is built.
 */
@CheckedTemplate(basePath = "narrative")
final class NarrativeTemplates {

    private NarrativeTemplates() {
    }

    static native TemplateInstance zh$overview(NarrativeFacts n);

    static native TemplateInstance zh$revenue(NarrativeFacts n);

    static native TemplateInstance zh$expenditure(NarrativeFacts n);

    static native TemplateInstance zh$fiscal(NarrativeFacts n);

    static native TemplateInstance zh$general_public(NarrativeFacts n);

    static native TemplateInstance zh$basic(NarrativeFacts n);

    static native TemplateInstance zh$three_public(NarrativeFacts n);

    static native TemplateInstance zh$government_fund(NarrativeFacts n);

    static native TemplateInstance zh$state_capital(NarrativeFacts n);

    static native TemplateInstance zh$other(NarrativeFacts n);

    static native TemplateInstance en$overview(NarrativeFacts n);

    static native TemplateInstance en$revenue(NarrativeFacts n);

    static native TemplateInstance en$expenditure(NarrativeFacts n);

    static native TemplateInstance en$fiscal(NarrativeFacts n);

    static native TemplateInstance en$general_public(NarrativeFacts n);

    static native TemplateInstance en$basic(NarrativeFacts n);

    static native TemplateInstance en$three_public(NarrativeFacts n);

    static native TemplateInstance en$government_fund(NarrativeFacts n);

    static native TemplateInstance en$state_capital(NarrativeFacts n);

    static native TemplateInstance en$other(NarrativeFacts n);
}
