package io.yusuan.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a consumer reads of the service it calls (消费方契约), derived by reflection from its typed REST client: each
 * operation's method and path, the path and query parameters it sends, the request body's fields, and every field of the
 * response records it reads (a tolerant reader's records name exactly the fields it relies on), with its JSON type.
 *
 * <p>Derived, not written by hand, so that it cannot drift from the code: the consumer's test compares the derivation with
 * the committed file, and the provider's build checks the committed file against its own document
 * ({@link ConsumerCheck}).
 */
public final class ConsumerExpectation {

    private ConsumerExpectation() {
    }

    /** The expectation of {@code consumer} on {@code provider}, as read from the REST client interface {@code client}. */
    public static ObjectNode of(String consumer, String provider, Class<?> client) {
        ObjectNode expectation = ContractFiles.JSON.createObjectNode();
        expectation.put("consumer", consumer);
        expectation.put("provider", provider);
        expectation.put("client", client.getName());
        ArrayNode operations = expectation.putArray("operations");
        Stream.of(client.getDeclaredMethods())
                .filter(method -> httpMethod(method) != null)
                .map(method -> operation(client, method))
                .sorted(Comparator.comparing((ObjectNode op) -> op.path("path").asText())
                        .thenComparing(op -> op.path("method").asText()))
                .forEach(operations::add);
        return expectation;
    }

    /**
     * Compares the derivation with the committed file, or writes the file under {@code -Dcontracts.update=true}.
     *
     * @throws AssertionError naming the file to refresh, when the client reads something else than it says
     */
    public static void verifyCommitted(String consumer, String provider, Class<?> client) {
        ObjectNode derived = of(consumer, provider, client);
        java.nio.file.Path file = ContractFiles.expectation(consumer, provider);
        if (ContractFiles.updating()) {
            ContractFiles.write(file, derived);
            return;
        }
        if (!Files.exists(file) || !ContractFiles.read(file).equals(derived)) {
            throw new AssertionError(client.getSimpleName() + " reads something else of " + provider + " than "
                    + ContractFiles.dir().relativize(file) + " says; refresh it on purpose with contracts/refresh "
                    + "(README, Contracts) and commit it, so that " + provider + "'s build checks what is read now.\n"
                    + "derived: " + derived.toPrettyString());
        }
    }

    private static ObjectNode operation(Class<?> client, Method method) {
        ObjectNode operation = ContractFiles.JSON.createObjectNode();
        operation.put("method", httpMethod(method));
        operation.put("path", path(client) + path(method));
        ArrayNode parameters = operation.putArray("parameters");
        for (Parameter parameter : method.getParameters()) {
            PathParam inPath = parameter.getAnnotation(PathParam.class);
            QueryParam inQuery = parameter.getAnnotation(QueryParam.class);
            if (inPath != null) {
                parameters.addObject().put("in", "path").put("name", inPath.value());
            } else if (inQuery != null) {
                parameters.addObject().put("in", "query").put("name", inQuery.value());
            } else if (parameter.getAnnotations().length == 0) {
                ObjectNode request = operation.putObject("request");
                request.put("mediaType", mediaType(method.getAnnotation(Consumes.class), client.getAnnotation(Consumes.class)));
                request.set("schema", schema(parameter.getParameterizedType()));
            }
        }
        ObjectNode response = operation.putObject("response");
        response.put("mediaType", mediaType(method.getAnnotation(Produces.class), client.getAnnotation(Produces.class)));
        response.set("schema", schema(method.getGenericReturnType()));
        return operation;
    }

    /** The JSON Schema of what a Java type reads from (or writes to) JSON, as far as Jackson maps it. */
    static ObjectNode schema(Type type) {
        ObjectNode schema = ContractFiles.JSON.createObjectNode();
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                schema.put("type", "array").set("items", schema(arguments[0]));
            } else if (Map.class.isAssignableFrom(raw)) {
                schema.put("type", "object").set("additionalProperties", schema(arguments[1]));
            } else if (raw == Optional.class) {
                return schema(arguments[0]);
            } else {
                throw new IllegalArgumentException("no JSON mapping known for " + type);
            }
            return schema;
        }
        if (type instanceof GenericArrayType array) {
            schema.put("type", "array").set("items", schema(array.getGenericComponentType()));
            return schema;
        }
        Class<?> raw = (Class<?>) type;
        if (raw == byte[].class) {
            schema.put("type", "string").put("format", "binary");
        } else if (raw == String.class || raw.isEnum() || Temporal.class.isAssignableFrom(raw)) {
            schema.put("type", "string");
        } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
                || raw == short.class || raw == Short.class || raw == BigInteger.class) {
            schema.put("type", "integer");
        } else if (raw == BigDecimal.class || raw == double.class || raw == Double.class || raw == float.class
                || raw == Float.class) {
            schema.put("type", "number");
        } else if (raw == boolean.class || raw == Boolean.class) {
            schema.put("type", "boolean");
        } else if (raw.isArray()) {
            schema.put("type", "array").set("items", schema(raw.getComponentType()));
        } else if (raw.isRecord()) {
            schema.put("type", "object");
            ObjectNode properties = schema.putObject("properties");
            for (RecordComponent component : raw.getRecordComponents()) {
                properties.set(jsonName(component), schema(component.getGenericType()));
            }
        } else {
            throw new IllegalArgumentException("no JSON mapping known for " + type
                    + ": a REST client reads records, collections, maps and scalars");
        }
        return schema;
    }

    private static String jsonName(RecordComponent component) {
        JsonProperty renamed = component.getAnnotation(JsonProperty.class);
        if (renamed == null) {
            renamed = component.getAccessor().getAnnotation(JsonProperty.class);
        }
        return renamed == null || renamed.value().isEmpty() ? component.getName() : renamed.value();
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String path(AnnotatedElement element) {
        Path path = element.getAnnotation(Path.class);
        if (path == null) {
            return "";
        }
        String value = path.value();
        return value.startsWith("/") || value.isEmpty() ? value : "/" + value;
    }

    private static String mediaType(Annotation own, Annotation inherited) {
        Annotation chosen = own != null ? own : inherited;
        String[] types = chosen == null ? new String[0]
                : chosen instanceof Produces produces ? produces.value() : ((Consumes) chosen).value();
        return types.length == 0 ? "application/json" : types[0];
    }
}
