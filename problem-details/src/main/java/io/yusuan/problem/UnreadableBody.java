package io.yusuan.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request body Jackson could not read, as a 400 problem in the client's terms: where it failed (a JSON pointer when
 * the reader knows one, else the line and column) and why, never Jackson's message, which names Java types and
 * parsers. Jackson tells some failures apart only by its message (a duplicate key, trailing content, the limit a body
 * broke); those are read here, and an unknown message falls back to a plain sentence.
 */
final class UnreadableBody {

    static final String TYPE = Problem.TYPE_BASE + "malformed-request";
    static final String TITLE = "Malformed request";

    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*)'", Pattern.DOTALL);
    private static final Pattern LIMIT = Pattern.compile("maximum allowed \\((\\d+)");
    /** The reader's limits ({@code StreamReadConstraints}), by the getter Jackson's message names, in words. */
    private static final Map<String, String> LIMITS = Map.of(
            "getMaxNumberLength", "a number has more than %s characters",
            "getMaxStringLength", "a text value has more than %s characters",
            "getMaxNestingDepth", "objects and arrays are nested more than %s deep",
            "getMaxNameLength", "a field name has more than %s characters",
            "getMaxDocumentLength", "the body has more than %s characters",
            "getMaxTokenCount", "the body has more than %s values");

    private UnreadableBody() {
    }

    static Problem of(JsonProcessingException e, String instance) {
        if (e instanceof JsonMappingException mapping) {
            // databind wraps a failure of the reader in one naming the path; the reader's failure says what it was
            if (!(mapping.getCause() instanceof JsonProcessingException read) || read instanceof JsonMappingException) {
                return shape(mapping, instance);
            }
            return unreadable(read, JsonPointers.of(mapping.getPath()), instance);
        }
        return unreadable(e, null, instance);
    }

    /**
     * A failure of the reader itself, beneath any binding to our types.
     *
     * @param bound the pointer of the value being bound when the reader failed, or null
     */
    private static Problem unreadable(JsonProcessingException e, String bound, String instance) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) {
            String pointer = parent(e) + "/" + JsonPointers.escape(duplicate.group(1));
            return problem("The request body gives field " + pointer + " twice" + where(e) + ".", instance,
                    List.of(new FieldError(pointer, "DUPLICATE_FIELD", "given more than once")));
        }
        String pointer = pointer(e, bound);
        if (e instanceof StreamConstraintsException) {
            String limit = limit(message);
            if (pointer == null) {
                return problem("The request body is beyond this service's limits: " + limit + ".", instance, List.of());
            }
            return problem("The request body is beyond this service's limits at " + pointer + ": " + limit + ".",
                    instance, List.of(new FieldError(pointer, "TOO_LARGE", limit)));
        }
        if (e instanceof InputCoercionException coercion && pointer != null) {
            String expected = ClientTypes.expected(coercion.getTargetType());
            return problem("The number at " + pointer + " is out of range for " + expected + ".", instance,
                    List.of(new FieldError(pointer, "OUT_OF_RANGE", "out of range for " + expected)));
        }
        if (e instanceof JsonEOFException) {
            return problem("The request body ends before its JSON value is complete.", instance, List.of());
        }
        return problem("The request body is not well-formed JSON" + where(e) + ".", instance, List.of());
    }

    private static Problem shape(JsonMappingException e, String instance) {
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
            return problem("The request body has content after its JSON value; send exactly one value.", instance,
                    List.of());
        }
        String pointer = JsonPointers.of(e.getPath());
        String message = MappingMessages.of(e);
        return problem("The request body does not have the expected shape at " + pointer + ": " + message + ".",
                instance, List.of(new FieldError(pointer, MappingMessages.code(e), message)));
    }

    private static String limit(String message) {
        Matcher allowed = LIMIT.matcher(message);
        String maximum = allowed.find() ? allowed.group(1) : "its maximum";
        return LIMITS.entrySet().stream().filter(limit -> message.contains(limit.getKey()))
                .map(limit -> String.format(limit.getValue(), maximum)).findFirst()
                .orElse("a number or a text value is too large");
    }

    /** The line and column of the failure, when the reader knows them. */
    private static String where(JsonProcessingException e) {
        if (e.getLocation() == null || e.getLocation().getLineNr() < 1) {
            return "";
        }
        return " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    /** The JSON pointer of the value the reader was at, else of the value being bound, else null. */
    private static String pointer(JsonProcessingException e, String bound) {
        JsonStreamContext context = context(e);
        if (context == null) {
            return bound;
        }
        String pointer = context.pathAsPointer().toString();
        return pointer.isEmpty() ? "/" : pointer;
    }

    /** The JSON pointer of the object the reader was in, "" at the top. */
    private static String parent(JsonProcessingException e) {
        JsonStreamContext context = context(e);
        return context == null || context.getParent() == null ? "" : context.getParent().pathAsPointer().toString();
    }

    private static JsonStreamContext context(JsonProcessingException e) {
        return e instanceof StreamReadException read && read.getProcessor() != null
                ? read.getProcessor().getParsingContext() : null;
    }

    private static Problem problem(String detail, String instance, List<FieldError> errors) {
        return new Problem(TYPE, TITLE, 400, detail, instance, errors);
    }
}
