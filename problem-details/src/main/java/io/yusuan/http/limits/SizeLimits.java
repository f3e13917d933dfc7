package io.yusuan.http.limits;

import java.util.Optional;

/**
 * Whether a request's URI and declared body fit this service's limits, decided from the request line and headers
 * alone, before a byte of the body is read.
 *
 * @param maxUriLength the most characters a request URI (path and query) may have
 * @param maxBodySize the most bytes a request body may have ({@code quarkus.http.limits.max-body-size})
 */
record SizeLimits(int maxUriLength, long maxBodySize) {

    /** What is wrong with the request, if anything. */
    Optional<Excess> excess(String uri, String contentLength) {
        if (uri != null && uri.length() > maxUriLength) {
            return Optional.of(new Excess(414, "The request URI has " + uri.length() + " characters; this service "
                    + "accepts at most " + maxUriLength + ". Send long lists in a request body instead."));
        }
        if (contentLength == null) {
            return Optional.empty();
        }
        long length;
        try {
            length = Long.parseLong(contentLength.strip());
        } catch (NumberFormatException e) {
            return Optional.of(new Excess(400, "The Content-Length header is not a number of bytes."));
        }
        if (length > maxBodySize) {
            return Optional.of(new Excess(413, bodyDetail()));
        }
        return Optional.empty();
    }

    /** The detail of a 413, whether the declared length or the bytes sent so far exceed the limit. */
    String bodyDetail() {
        return "The request body is larger than this service accepts: at most " + maxBodySize + " bytes.";
    }

    /** A request over a limit: the status to answer and what to tell the client. */
    record Excess(int status, String detail) {
    }
}
