package io.yusuan.budget.disclosure;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** {@code templates/disclosure/document.html}: the whole document, checked against {@link Disclosure} at build time. */
@CheckedTemplate(basePath = "disclosure")
final class DisclosureTemplates {

    private DisclosureTemplates() {
    }

    static native TemplateInstance document(Disclosure d);
}
