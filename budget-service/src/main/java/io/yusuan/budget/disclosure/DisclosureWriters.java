package io.yusuan.budget.disclosure;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/** The document as each media type prints it: one layout (the HTML template), of which the PDF is rendered. */
abstract class DisclosureWriters implements MessageBodyWriter<Disclosure> {

    /** The document's bytes in the writer's media type. */
    abstract byte[] render(String html);

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Disclosure.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Disclosure document, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        out.write(render(DisclosureTemplates.document(document).render()));
    }

    /** The document as HTML, UTF-8. */
    @Provider
    @Produces(MediaType.TEXT_HTML)
    public static class Html extends DisclosureWriters {

        @Override
        byte[] render(String html) {
            return html.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The document as PDF, laid out for A4 from the same HTML ({@link DisclosurePdf}). */
    @Provider
    @Produces(DisclosureResource.PDF)
    public static class Pdf extends DisclosureWriters {

        @Override
        byte[] render(String html) {
            return DisclosurePdf.render(html);
        }
    }
}
