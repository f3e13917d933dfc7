package io.yusuan.generator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;

/** A package as the JSON body of {@code PUT .../draft}: the schema's member names, amounts as written (2 decimals). */
public final class PackageJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PackageJson() {
    }

    public static String of(BudgetPackage budget) {
        return write(JSON, budget);
    }

    /** Indented, for a file someone may read. */
    public static String pretty(BudgetPackage budget) {
        return write(PRETTY, budget);
    }

    private static String write(ObjectMapper mapper, BudgetPackage budget) {
        try {
            return mapper.writeValueAsString(budget);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Could not write " + budget.path(), e);
        }
    }
}
