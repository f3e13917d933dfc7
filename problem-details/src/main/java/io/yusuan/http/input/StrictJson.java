package io.yusuan.http.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Makes every service read JSON strictly, through the one {@code ObjectMapper} Quarkus builds: a key given twice
 * (which value would win is up to the reader, so a proxy and the service could disagree), anything after the value,
 * and text {@link TextValues} refuses are errors, not silently resolved. The reader's limits stop an absurd body before
 * it is bound: a number of more than {@value #MAX_NUMBER_LENGTH} characters (no amount or weight has that many
 * digits), a string of more than {@value #MAX_STRING_LENGTH} characters (far above any field's own maximum, which
 * Bean Validation states), nesting deeper than {@value #MAX_NESTING_DEPTH} (a budget package nests a few levels).
 * Each failure answers a 400 problem (see {@code ProblemExceptionMappers}).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    static final int MAX_NUMBER_LENGTH = 100;
    static final int MAX_STRING_LENGTH = 1 << 20;
    static final int MAX_NESTING_DEPTH = 64;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .registerModule(new CleanTextModule());
        // a number or true/false where text is expected is a client's mistake, not a string to make up ("1")
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .build());
    }
}
