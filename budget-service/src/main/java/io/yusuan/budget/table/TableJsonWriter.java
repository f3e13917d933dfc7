package io.yusuan.budget.table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * A table as JSON, by the service's own ObjectMapper, as any other answer; a published table's bytes are written once
 * ({@link Renderings}), for it is the most read answer of the service and never changes.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class TableJsonWriter implements MessageBodyWriter<TableView> {

    private final ObjectMapper json;
    private final Renderings renderings = new Renderings();

    public TableJsonWriter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return TableView.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(TableView table, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        out.write(renderings.of(table, () -> {
            try {
                return json.writeValueAsBytes(table);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }
}
