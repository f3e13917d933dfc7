package io.yusuan.http.input;

import io.yusuan.problem.FieldError;
import io.yusuan.problem.ProblemException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Every text body (JSON, CSV, plain text) must be well-formed UTF-8 before it is parsed: Jackson and the CSV readers
 * decode leniently, so an overlong encoding (C0 AF for "/") or a stray byte would be stored as some other character.
 * The body is read whole (its size is bounded by {@code quarkus.http.limits.max-body-size}) and checked with the
 * JDK's strict decoder.
 */
@Provider
public class StrictUtf8 implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (isText(context.getMediaType())) {
            byte[] body = context.getInputStream().readAllBytes();
            check(body);
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }

    /**
     * @throws ProblemException 400 naming the byte offset of the first malformed sequence
     */
    static void check(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(body);
        try {
            decoder.decode(bytes);
        } catch (CharacterCodingException e) {
            String detail = "The request body is not well-formed UTF-8 (at byte " + bytes.position() + ").";
            throw new ProblemException(400, "malformed-request", "Malformed request", detail,
                    List.of(new FieldError("", "INVALID_TEXT", "the body is not well-formed UTF-8")));
        }
    }

    /** JSON and text bodies that declare no other charset; binary uploads are not text. */
    private static boolean isText(MediaType type) {
        if (type == null) {
            return false;
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        boolean utf8 = charset == null || charset.equalsIgnoreCase("utf-8") || charset.equalsIgnoreCase("utf8");
        boolean text = type.getType().equals("text") || type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
        return utf8 && text;
    }
}
