package io.yusuan.http.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * Refuses every JSON string value, and every map key, that holds text {@link TextValues} refuses, as it is read: the
 * refusal is an {@code InvalidFormatException} of target type {@code String}, which Jackson tags with the path of the
 * value, so the problem names the JSON pointer of the field at fault. One module rather than a constraint on each DTO
 * field, so no field of any service can be forgotten.
 */
final class CleanTextModule extends SimpleModule {

    /** What the refusal says; the problem mapper words it for the client. */
    static final String REFUSAL = "holds a control character or a lone surrogate";

    CleanTextModule() {
        super("yusuan-clean-text");
        addDeserializer(String.class, new CleanStrings());
        addKeyDeserializer(String.class, new CleanKeys());
    }

    /** String values, also inside arrays, collections and untyped ({@code Object}) values. */
    static final class CleanStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && TextValues.isRefused(value)) {
                throw context.weirdStringException(value, String.class, REFUSAL);
            }
            return value;
        }
    }

    /** Keys of {@code Map<String, ...>} fields. */
    static final class CleanKeys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            if (key != null && TextValues.isRefused(key)) {
                throw context.weirdKeyException(String.class, key, REFUSAL);
            }
            return key;
        }
    }
}
