package io.yusuan.catalog.code;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * An export of a {@link CodeSelection}: every selected code, whatever the page, as a download named for the
 * scheme and year. One subclass per media type; JAX-RS picks it by the negotiated type.
 */
abstract class CodeExportWriter implements MessageBodyWriter<CodeSelection> {

    private final String extension;

    CodeExportWriter(String extension) {
        this.extension = extension;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return CodeSelection.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(CodeSelection selection, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream entity) throws IOException {
        headers.putSingle("Content-Disposition", "attachment; filename=\"" + selection.fileName(extension) + "\"");
        write(selection, mediaType, headers, entity);
    }

    abstract void write(CodeSelection selection, MediaType mediaType, MultivaluedMap<String, Object> headers,
            OutputStream entity) throws IOException;
}
