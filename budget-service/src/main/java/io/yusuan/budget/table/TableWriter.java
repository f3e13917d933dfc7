package io.yusuan.budget.table;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * What the writers of tables share: each renders a table (or a {@link TableSet}) into the bytes of its one media type,
 * a published table's once ({@link Renderings}).
 */
abstract class TableWriter<T> implements MessageBodyWriter<T> {

    private final Renderings renderings = new Renderings();
    private final Class<?>[] writes;

    /** @param writes the types of tables the writer renders: {@link TableView}, {@link TableSet} */
    TableWriter(Class<?>... writes) {
        this.writes = writes;
    }

    /** The tables' bytes in the writer's media type. */
    abstract byte[] render(T tables) throws IOException;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        for (Class<?> written : writes) {
            if (written.isAssignableFrom(type)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void writeTo(T tables, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        out.write(renderings.of(tables, () -> {
            try {
                return render(tables);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }
}
