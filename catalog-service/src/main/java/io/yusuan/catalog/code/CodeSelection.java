package io.yusuan.catalog.code;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The codes a query selects from one year's list (科目表): as JSON one cursor-paged page of them, as an
 * export (CSV, NDJSON) every one of them, whatever the page. Which one is written is the writer's choice,
 * by the negotiated media type; the whole selection is read only when an export is written.
 */
public final class CodeSelection {

    private final CodeList list;
    private final CodePage page;
    private final Supplier<List<ClassificationCode>> every;

    CodeSelection(CodeList list, CodePage page, Supplier<List<ClassificationCode>> every) {
        this.list = list;
        this.page = page;
        this.every = every;
    }

    /** The JSON answer: one page. */
    @JsonValue
    public CodePage page() {
        return page;
    }

    /** Every code selected, in code order. */
    public List<ClassificationCode> codes() {
        return every.get();
    }

    /** Every code selected, as JSON shows a code in a page. */
    public Stream<CodeView> views() {
        return codes().stream().map(code -> CodeView.of(code, list));
    }

    /** The name an export is saved under, such as {@code functional-2022.csv}. */
    public String fileName(String extension) {
        return list.shape().scheme() + "-" + list.year() + "." + extension;
    }
}
