package io.yusuan.budget.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/** An export as NDJSON: one JSON object per line, written as the cursor reads it. */
@Provider
@Produces(LineExport.NDJSON)
public class LineExportNdjsonWriter implements MessageBodyWriter<LineExport> {

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return LineExport.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(LineExport export, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders, OutputStream out) throws IOException {
        JsonGenerator json = JSON.createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        // NDJSON separates records by the newline alone, not Jackson's default space
        json.setRootValueSeparator(null);
        export.stream(line -> {
            line.writeJson(json);
            json.writeRaw('\n');
        });
        json.flush();
    }
}
